// STUB — owned by the reporters helper.
import type { RunResult } from '../run.js';
export function formatJson(result: RunResult): string {
  return JSON.stringify({ tool: 'ormlint', diagnostics: result.diagnostics }, null, 2) + '\n';
}
