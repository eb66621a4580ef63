import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';

/**
 * Per-file CPU for scripts/test-profile.mjs, loaded only when ORMLINT_TEST_PROFILE names a file:
 * after each test file, one JSON line with the worker's CPU so far (its own and that of the child
 * processes it waited for, from /proc/self/stat, so Linux only). Workers run many files each
 * (vitest.config.ts), so the script takes differences per worker.
 */
const TICKS_PER_SECOND = 100;

function cpuSeconds(): { self: number; children: number } {
  // Fields after "(comm) ": state is [0]; utime, stime, cutime, cstime are [11] to [14].
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = (i: number) => Number(fields[i]);
  return { self: (ticks(11) + ticks(12)) / TICKS_PER_SECOND, children: (ticks(13) + ticks(14)) / TICKS_PER_SECOND };
}

afterAll(() => {
  const out = process.env.ORMLINT_TEST_PROFILE;
  if (!out) return;
  const line = { file: expect.getState().testPath ?? '?', pid: process.pid, wallSeconds: performance.now() / 1000, ...cpuSeconds() };
  appendFileSync(out, `${JSON.stringify(line)}\n`);
});
