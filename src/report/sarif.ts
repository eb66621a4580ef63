// STUB — owned by the reporters helper.
import type { RunResult } from '../run.js';
export function formatSarif(result: RunResult): string {
  void result;
  return '{}\n';
}
