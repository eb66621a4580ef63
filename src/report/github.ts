// STUB — owned by the reporters helper.
import type { RunResult } from '../run.js';
export function formatGithub(result: RunResult): string {
  void result;
  return '';
}
