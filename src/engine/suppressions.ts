// STUB — owned by the rules helper; replace wholesale.
import type { Config } from '../config/types.js';
import type { SourceFile } from '../frontends/types.js';
import type { Diagnostic } from './diagnostic.js';

export function applySuppressions(diagnostics: Diagnostic[], sources: Map<string, SourceFile>, config: Config): Diagnostic[] {
  void sources; void config;
  return diagnostics;
}
