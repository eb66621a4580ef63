// STUB — owned by the rules helper: lists every built-in rule, one file each under rules/.
import type { RuleDefinition } from '../src/engine/rule.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const builtinRules: RuleDefinition<any>[] = [];
