// Bundles the CLI and the Action into dist/ as ESM, with the three .wasm files beside them, so
// dist/ runs from any folder with no node_modules. Output must be byte-for-byte reproducible:
// .ci/run rebuilds and fails on any diff with the committed dist/.
// `--outdir DIR` builds elsewhere (the test suite builds into a temporary folder, so running the
// tests never rewrites the committed dist/).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { banner } from './bundleBanner.mjs';

const require = createRequire(import.meta.url);

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? 'dist' : process.argv[outdirFlag + 1];
if (!outdir) throw new Error('--outdir needs a folder');

// Build into a fresh folder beside the output, then move each file into place with rename (atomic),
// so a process running the bundle while a build happens never sees it empty or half-written.
mkdirSync(outdir, { recursive: true });
const staging = mkdtempSync(path.join(path.dirname(path.resolve(outdir)), 'dist-staging-'));
process.on('exit', () => rmSync(staging, { recursive: true, force: true }));

await build({
  // worker.mjs: the file-reading pool's worker thread (src/parallel/), sharing the chunks.
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts', worker: 'src/parallel/worker.ts' },
  outdir: staging,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // @mrleebo/prisma-ast searches for (and `require`s) config files through lilconfig on import:
  // never in ormlint, which may run on an untrusted checkout (see src/frontends/prisma/noConfig.ts).
  alias: { lilconfig: './src/frontends/prisma/noConfig.ts' },
  // Same output whether node_modules is a folder or a link to one (worktrees, CI caches).
  preserveSymlinks: true,
  // Dynamic imports (frontends, the TypeScript parser that suppressions need only for .ts files)
  // become their own chunks, so a Python-only run never parses the 9 MB `typescript` package.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  minify: false,
  sourcemap: false,
});

for (const [pkgPath, name] of [
  ['libpg-query/wasm/libpg-query.wasm', 'libpg-query.wasm'],
  ['web-tree-sitter/tree-sitter.wasm', 'tree-sitter.wasm'],
  ['tree-sitter-python/tree-sitter-python.wasm', 'tree-sitter-python.wasm'],
]) {
  copyFileSync(require.resolve(pkgPath), path.join(staging, name));
}

const built = new Set(readdirSync(staging));
for (const name of built) renameSync(path.join(staging, name), path.join(outdir, name));
for (const name of readdirSync(outdir)) if (!built.has(name)) rmSync(path.join(outdir, name), { recursive: true, force: true });
