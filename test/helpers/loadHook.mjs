// A module-load hook for the built CLI: prints every dist/ module Node loads, one per line on stderr.
export async function load(url, context, next) {
  if (url.includes('/dist/')) process.stderr.write(`ormlint-loaded ${new URL(url).pathname}\n`);
  return next(url, context);
}
