// What every ESM bundle of ormlint's code starts with: the CommonJS names its dependencies still use
// (libpg-query's loader reads __dirname; web-tree-sitter and others call require). Shared by
// scripts/build.mjs (dist/) and the benchmark's floor programs, so both load the parsers alike.
export const banner = [
  "import { createRequire as __ormlintCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ormlintFileURLToPath } from 'node:url';",
  "import { dirname as __ormlintDirname } from 'node:path';",
  'const require = __ormlintCreateRequire(import.meta.url);',
  'const __filename = __ormlintFileURLToPath(import.meta.url);',
  'const __dirname = __ormlintDirname(__filename);',
].join('\n');
