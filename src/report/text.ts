// STUB — owned by the reporters helper.
import type { RunResult } from '../run.js';
export function formatText(result: RunResult, options: { color?: boolean } = {}): string {
  void options;
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} ${d.ruleId}`).join('\n') + '\n';
}
