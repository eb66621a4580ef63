import type { Diagnostic, Severity } from '../engine/diagnostic.js';

/** How many findings of each severity a run kept; the numbers every reporter's summary shows. */
export type SeverityCounts = Record<Severity, number>;

export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
