// A module-load hook for the built CLI: prints every file module Node loads (the bundle's chunks,
// wherever the bundle is), one per line on stderr.
export async function load(url, context, next) {
  if (url.startsWith('file:')) process.stderr.write(`ormlint-loaded ${new URL(url).pathname}\n`);
  return next(url, context);
}
