/**
 * What a `DO $$ ... $$` block does to the schema, read through the real PL/pgSQL parser.
 *
 * Migration generators wrap DDL in DO blocks to make it idempotent: drizzle-kit writes every enum
 * and foreign key as `DO $$ BEGIN <ddl>; EXCEPTION WHEN duplicate_object THEN null; END $$;`, and
 * hand-written migrations guard `CREATE TYPE` with `IF NOT EXISTS (SELECT ... FROM pg_type ...)`.
 * On the database the migrations build, such a block leaves the object in place either way, so
 * its statements are replayed like top-level ones. Any other block (loops, conditions on data,
 * `EXCEPTION WHEN others`, dynamic `EXECUTE`) is uncertain: its statements are still found, so the
 * tables they touch can be named.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import { nodeKind, type PgNode } from './expr.js';

/** One SQL statement embedded in the block, with its character offset in the block's body. */
export interface EmbeddedStatement {
  query: string;
  offset: number;
  /** Inside a create-if-missing guard: when the object already exists, the statement does nothing. */
  guarded: boolean;
}

export interface DoBlockAnalysis {
  statements: EmbeddedStatement[];
  /** True when the block applies its statements unconditionally or as create-if-missing. */
  certain: boolean;
  /** The block runs SQL built at run time (`EXECUTE 'ALTER TABLE ' || t ...`). */
  dynamic: boolean;
}

/** Errors that mean "it is already there": swallowing them keeps a create-if-missing idempotent. */
const ALREADY_EXISTS = new Set(['duplicate_object', 'duplicate_table', 'duplicate_column', 'duplicate_schema', 'duplicate_function']);

/**
 * Reads a DO block's PL/pgSQL body; null when it is in another language, `{ syntaxError }` when
 * the PL/pgSQL parser rejects it (Postgres would refuse the migration there).
 */
export function analyzeDoBlock(body: string, language = 'plpgsql'): DoBlockAnalysis | { syntaxError: string } | null {
  if (language.toLowerCase() !== 'plpgsql') return null;
  let tag = '$ormlint$';
  for (let i = 0; body.includes(tag); i++) tag = `$ormlint${i}$`;
  let parsed: { plpgsql_funcs?: PgNode[] };
  try {
    // The body starts right after the tag, so PL/pgSQL line numbers are body line numbers.
    parsed = parsePlPgSQLSync(`CREATE FUNCTION ormlint_do() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag};`) as { plpgsql_funcs?: PgNode[] };
  } catch (error) {
    const message = (error as Error).message;
    return /syntax error/i.test(message) ? { syntaxError: message } : null;
  }
  const action = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function?.action as PgNode | undefined;
  if (!action) return null;
  const analysis: DoBlockAnalysis = { statements: [], certain: true, dynamic: false };
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) lineStarts.push(i + 1);
  let cursor = 0;
  const embed = (query: string, lineno: number | undefined, guarded: boolean): void => {
    const lineStart = lineStarts[Math.max(0, (lineno ?? 1) - 1)] ?? 0;
    let offset = body.indexOf(query, Math.max(lineStart, cursor));
    if (offset < 0) offset = body.indexOf(query, lineStart);
    if (offset < 0) offset = lineStart;
    cursor = offset + query.length;
    analysis.statements.push({ query, offset, guarded });
  };
  // The outermost block is the wrapper function's: its body is the DO block plus an implicit RETURN.
  const top = nodeKind(action)[1];
  for (const stmt of (top.body ?? []) as PgNode[]) {
    if (nodeKind(stmt)[0] === 'PLpgSQL_stmt_return') continue;
    visit(stmt, analysis, embed, false);
  }
  return analysis;
}

type Embed = (query: string, lineno: number | undefined, guarded: boolean) => void;

/** Walks one PL/pgSQL statement; `guarded` once inside a duplicate-swallowing block or a NOT EXISTS guard. */
function visit(stmt: PgNode, analysis: DoBlockAnalysis, embed: Embed, guarded: boolean): void {
  const [kind, node] = nodeKind(stmt);
  const all = (list: unknown, inside: boolean): void => {
    for (const s of (Array.isArray(list) ? list : []) as PgNode[]) visit(s, analysis, embed, inside);
  };
  switch (kind) {
    case 'PLpgSQL_stmt_execsql':
      embed(String(node.sqlstmt?.PLpgSQL_expr?.query ?? ''), node.lineno as number | undefined, guarded);
      return;
    case 'PLpgSQL_stmt_block': {
      const handlers = (node.exceptions?.PLpgSQL_exception_block?.exc_list ?? []) as PgNode[];
      const swallowsOnlyDuplicates = handlers.every((h) => {
        const handler = nodeKind(h)[1];
        const conditions = (handler.conditions ?? []) as PgNode[];
        const emptyAction = ((handler.action ?? []) as PgNode[]).length === 0;
        return emptyAction && conditions.length > 0 && conditions.every((c) => ALREADY_EXISTS.has(String(nodeKind(c)[1].condname)));
      });
      if (!swallowsOnlyDuplicates) analysis.certain = false;
      all(node.body, guarded || (handlers.length > 0 && swallowsOnlyDuplicates));
      for (const h of handlers) all(nodeKind(h)[1].action, false);
      return;
    }
    case 'PLpgSQL_stmt_if': {
      const guard = isMissingCheck(String(node.cond?.PLpgSQL_expr?.query ?? '')) && !node.elsif_list && !node.else_body;
      if (!guard) analysis.certain = false;
      all(node.then_body, guarded || guard);
      for (const e of (node.elsif_list ?? []) as PgNode[]) all(nodeKind(e)[1].stmts, false);
      all(node.else_body, false);
      return;
    }
    case 'PLpgSQL_stmt_raise':
    case 'PLpgSQL_stmt_assign':
    case 'PLpgSQL_stmt_perform':
      return;
    case 'PLpgSQL_stmt_dynexecute':
      analysis.dynamic = true;
      analysis.certain = false;
      return;
    default:
      // Loops, CASE, RETURN QUERY...: whatever they run is conditional. Find their statements anyway.
      analysis.certain = false;
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) all(value.filter((v) => typeof v === 'object' && v && String(Object.keys(v)[0]).startsWith('PLpgSQL_stmt')), false);
      }
  }
}

/** `NOT EXISTS (SELECT ...)`: the create-if-missing guard. */
function isMissingCheck(condition: string): boolean {
  try {
    const stmt = (parseSync(`SELECT ${condition}`) as { stmts?: PgNode[] }).stmts?.[0]?.stmt as PgNode | undefined;
    const value = stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val as PgNode | undefined;
    const not = value?.BoolExpr;
    return not?.boolop === 'NOT_EXPR' && not.args?.length === 1 && not.args[0]?.SubLink?.subLinkType === 'EXISTS_SUBLINK';
  } catch {
    return false;
  }
}
