import { execFileSync } from 'node:child_process';

/**
 * Builds dist/ once before the suite: the CLI and Action tests run the real bundle as a child
 * process, the way users and GitHub run it. One build, so parallel test files never race on dist/.
 * A failed build does not stop unit tests; the bundle tests then fail on their own.
 */
export default function setup(): void {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    console.warn(`[ormlint tests] build failed; bundle tests will fail:\n${output.slice(0, 2000)}`);
  }
}
