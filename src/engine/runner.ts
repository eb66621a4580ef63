// STUB — owned by the rules helper; replace wholesale.
import type { Config } from '../config/types.js';
import type { ProjectFacts } from '../ir.js';
import type { Diagnostic } from './diagnostic.js';

export async function runRules(facts: ProjectFacts, config: Config): Promise<Diagnostic[]> {
  void facts; void config;
  return [];
}
