/**
 * The Postgres parser's trees for the server defaults most projects write (`text("now()")`,
 * `sa.text('true')`), exactly as libpg-query returns them for `SELECT <text>` (the target's value;
 * test/sql-fast-paths.test.ts compares each with the parser's own answer). A run whose SQL is only
 * these, and plain index columns (src/schema/sqlExpressions.ts), never makes the parser compile its
 * grammar: 40-50 ms of a small project's run, the first time the grammar is used in a process.
 */
import type { PgNode } from './expr.js';

const call = (name: string): PgNode => ({ FuncCall: { funcname: [{ String: { sval: name } }], funcformat: 'COERCE_EXPLICIT_CALL', location: 7 } });
const jsonbLiteral = (text: string): PgNode => ({
  TypeCast: { arg: { A_Const: { sval: { sval: text }, location: 7 } }, typeName: { names: [{ String: { sval: 'jsonb' } }], typemod: -1, location: 13 }, location: 11 },
});

/** By the exact text (no trimming, no case folding): anything else goes to the parser. */
export const COMMON_EXPRESSIONS: ReadonlyMap<string, PgNode> = new Map(
  Object.entries({
    'now()': call('now'),
    'gen_random_uuid()': call('gen_random_uuid'),
    CURRENT_TIMESTAMP: { SQLValueFunction: { op: 'SVFOP_CURRENT_TIMESTAMP', typmod: -1, location: 7 } },
    true: { A_Const: { boolval: { boolval: true }, location: 7 } },
    false: { A_Const: { boolval: {}, location: 7 } },
    '0': { A_Const: { ival: {}, location: 7 } },
    "''": { A_Const: { sval: { sval: '' }, location: 7 } },
    "'{}'::jsonb": jsonbLiteral('{}'),
    "'[]'::jsonb": jsonbLiteral('[]'),
  }).map(([text, node]) => [text, deepFreeze(node)]),
);

/** Shared trees must never change under their next reader. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
