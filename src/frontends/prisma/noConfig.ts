/**
 * Stands in for `lilconfig` (scripts/build.mjs and vitest.config.ts alias it here).
 * @mrleebo/prisma-ast looks for its own config file when it is imported, through lilconfig, from
 * the working directory up to the home folder — and lilconfig `require`s `.prisma-astrc.js` or
 * `prisma-ast.config.js` when it finds one: a repository under review would run its code in
 * ormlint. ormlint configures the parser itself (location tracking on), so no search happens.
 */
export function lilconfigSync(): { search(): null; load(): null } {
  return { search: () => null, load: () => null };
}

export function lilconfig(): { search(): Promise<null>; load(): Promise<null> } {
  return { search: async () => null, load: async () => null };
}

export const defaultLoaders = {};
