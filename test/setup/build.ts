import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding the bundle built for this test run (cli.mjs, action.mjs, the .wasm files). */
    bundleDir: string;
    /** A tar of an initialised PGlite data directory (test/helpers/postgres.ts starts from it). */
    postgresDump: string;
  }
}

/**
 * Once before the suite, side by side:
 * - builds the bundle into a temporary folder: the CLI and Action tests run the real bundle as a
 *   child process, the way users and GitHub run it, and running the tests never rewrites the
 *   committed dist/ (.ci/run builds that and checks it). A failed build does not stop unit tests;
 *   the bundle tests then fail on their own.
 * - initialises one Postgres (PGlite) and dumps its data directory, so each test file that needs a
 *   database loads the dump instead of running initdb again.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ormlint-tests-'));
  // Under a node_modules folder: the test runner hands modules there to Node untransformed, so a
  // test importing the bundle in-process (test/helpers/bundleCli.ts) runs it exactly as shipped.
  const bundleDir = path.join(dir, 'node_modules', 'ormlint-bundle');
  const postgresDump = path.join(dir, 'postgres.tar');
  await Promise.all([buildBundle(bundleDir), dumpPostgres(postgresDump)]);
  project.provide('bundleDir', bundleDir);
  project.provide('postgresDump', postgresDump);
  return () => rmSync(dir, { recursive: true, force: true });
}

async function buildBundle(outdir: string): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--outdir', outdir]);
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? String(error);
    console.warn(`[ormlint tests] build failed; bundle tests will fail:\n${output.slice(0, 2000)}`);
  }
}

async function dumpPostgres(file: string): Promise<void> {
  const db = new PGlite();
  // Dumping before initdb finished never settles.
  await db.waitReady;
  const dump = await db.dumpDataDir('none');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}
