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
