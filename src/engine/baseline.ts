// STUB — owned by the rules helper; replace wholesale.
import type { Diagnostic } from './diagnostic.js';

export interface Baseline { fingerprints: Set<string> }

export function readBaseline(root: string, file: string): Baseline | null {
  void root; void file;
  return null;
}

export function applyBaseline(diagnostics: Diagnostic[], baseline: Baseline): { kept: Diagnostic[]; baselined: number } {
  const kept = diagnostics.filter((d) => !baseline.fingerprints.has(d.fingerprint));
  return { kept, baselined: diagnostics.length - kept.length };
}

/** The baseline file's text for these findings. (STUB until the rules helper lands.) */
export function baselineJson(diagnostics: Diagnostic[]): string {
  const fingerprints: Record<string, { ruleId: string; file: string; subject: string }> = {};
  for (const d of diagnostics) fingerprints[d.fingerprint] = { ruleId: d.ruleId, file: d.file, subject: d.subject };
  return `${JSON.stringify({ version: 1, fingerprints }, null, 2)}\n`;
}
