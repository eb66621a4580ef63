import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import type { CliIo, runCli } from '../../src/cli.js';

/**
 * The built bundle's CLI (cli.mjs in the folder test/setup/build.ts built), run in this process:
 * the same file users run, imported once per test worker and called once per case, instead of a
 * Node process per case (each of which would load the bundle and compile its wasm again). What a
 * process adds (exit status, stdio, running with no node_modules, heap caps) stays covered by the
 * tests that spawn it: test/cli.test.ts, test/hostile/.
 */

export interface BundledRun {
  code: number;
  stdout: string;
  stderr: string;
}

// Set before the bundle is imported, so that importing it does not run the CLI on our own argv.
(globalThis as Record<symbol, unknown>)[Symbol.for('ormlint.cli.embedded')] = true;

let loaded: Promise<typeof runCli> | undefined;

function bundledRunCli(bundleDir: string): Promise<typeof runCli> {
  // Node loads it, not the test runner: the test bundle lives under a node_modules folder
  // (test/setup/build.ts), which vitest leaves to Node, so the bundle runs as shipped.
  loaded ??= (import(/* @vite-ignore */ pathToFileURL(path.join(bundleDir, 'cli.mjs')).href) as Promise<{ runCli: typeof runCli }>).then((module) => {
    if (typeof module.runCli !== 'function') throw new Error(`${bundleDir}/cli.mjs exports no runCli`);
    return module.runCli;
  });
  return loaded;
}

/** Runs `ormlint <argv>` through the bundle in `cwd` (default: this process's), capturing its output. */
export async function runBundledCli(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; bundleDir?: string } = {}): Promise<BundledRun> {
  const run = await bundledRunCli(options.bundleDir ?? inject('bundleDir'));
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? { NO_COLOR: '1' },
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** `ormlint check --config <root>/.ormlint.yml --format json --fail-on never` through the bundle: its diagnostics. */
export async function bundledDiagnostics(configPath: string, extraArgs: string[] = []): Promise<Record<string, unknown>[]> {
  const { code, stdout, stderr } = await runBundledCli(['check', '--config', configPath, '--format', 'json', '--fail-on', 'never', ...extraArgs]);
  if (code !== 0) throw new Error(`the bundle exited with ${code}: ${stderr}`);
  return (JSON.parse(stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
}
