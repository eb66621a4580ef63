#!/usr/bin/env node
// Where the test suite's time goes: `node scripts/test-profile.mjs [vitest args]` runs the suite
// (or the files named) with test/setup/profile.ts recording each file's CPU, then prints the
// whole run's wall and CPU time and the files by CPU (their own and their child processes').
// On a machine shared with other work, CPU time is the figure to compare, not wall time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'ormlint-test-profile-'));
const out = path.join(dir, 'files.jsonl');
const started = performance.now();
const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=dot', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ORMLINT_TEST_PROFILE: out },
});
const wall = (performance.now() - started) / 1000;
// CPU of the whole run: the children this process waited for (vitest, its workers and what they
// started), from /proc/self/stat (cutime + cstime, in 1/100 s).
const stat = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
const childrenCpu = (Number(stat[13]) + Number(stat[14])) / 100;
let rows = [];
try {
  rows = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// A worker runs file after file: each file's share is the difference from the worker's previous line.
const previous = new Map();
const files = rows.map((row) => {
  const before = previous.get(row.pid) ?? { self: 0, children: 0, wallSeconds: 0 };
  previous.set(row.pid, row);
  return {
    file: path.relative(process.cwd(), row.file),
    cpu: row.self + row.children - before.self - before.children,
    children: row.children - before.children,
    wall: row.wallSeconds - before.wallSeconds,
  };
});
files.sort((a, b) => b.cpu - a.cpu);
const total = files.reduce((sum, f) => sum + f.cpu, 0);
console.log(`\nwall ${wall.toFixed(1)} s, CPU ${childrenCpu.toFixed(1)} s (test files ${total.toFixed(1)} s in ${previous.size} workers, the rest is vitest and the global setup)`);
console.log('   cpu s  of which children  wall s  file');
for (const f of files) console.log(`${f.cpu.toFixed(2).padStart(8)}  ${f.children.toFixed(2).padStart(16)}  ${f.wall.toFixed(1).padStart(6)}  ${f.file}`);
process.exitCode = run.status ?? 1;
