// Runs many CLI runs in one Node process: `node --max-old-space-size=N batchCli.mjs <bundle cli.mjs> <jobs.json>`.
// Each job ({ cwd, args }) calls the bundle's runCli in its own folder, one after the other, and
// prints one JSON line per finished job ({ index, code, stdout, stderr, ms }). What a job writes,
// through runCli's io or straight to process.stdout/stderr, is that job's output, as it would be
// in a process of its own. test/hostile/runBundle.ts starts it and runs again, one process each,
// whatever a batch did not finish (a crash, an out-of-memory, a timeout), so a case that kills a
// process is still seen as it would be on its own.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [cli, jobsFile] = process.argv.slice(2);
// Importing the bundle with this flag set runs nothing: the jobs call runCli.
globalThis[Symbol.for('ormlint.cli.embedded')] = true;
const { runCli } = await import(pathToFileURL(cli).href);
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8'));

const writeOut = process.stdout.write.bind(process.stdout);
const original = { stdout: writeOut, stderr: process.stderr.write.bind(process.stderr) };
let current = null;
const capture = (stream) => (chunk, ...rest) => {
  if (!current) return original[stream](chunk, ...rest);
  current[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const callback = rest.find((arg) => typeof arg === 'function');
  if (callback) callback();
  return true;
};
process.stdout.write = capture('stdout');
process.stderr.write = capture('stderr');

for (const [index, job] of jobs.entries()) {
  current = { stdout: '', stderr: '' };
  const io = {
    cwd: job.cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdout: { write: (text) => (current.stdout += text), isTTY: false },
    stderr: { write: (text) => (current.stderr += text), isTTY: false },
  };
  // As a process started in that folder would be: anything resolved against the current folder too.
  process.chdir(job.cwd);
  const started = performance.now();
  const code = await runCli(job.args, io);
  const ms = performance.now() - started;
  const { stdout, stderr } = current;
  current = null;
  writeOut(`${JSON.stringify({ index, code, stdout, stderr, ms })}\n`);
}
