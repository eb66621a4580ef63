import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_EXPRESSIONS } from '../src/frontends/sql/commonExpressions.js';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import { indexElementKey, plainColumnName } from '../src/schema/sqlExpressions.js';

/**
 * The two places that answer for the Postgres parser without running its grammar (so a run whose
 * SQL is nothing more never compiles it): plain index columns, read by the scanner alone, and the
 * trees of the commonest defaults. Each must say exactly what the grammar says.
 */
beforeAll(async () => {
  await loadSqlParser();
});

/**
 * Every keyword this build of the parser knows, as its keyword table spells them: the table is one
 * run of NUL-terminated lower-case words in the wasm's data, `abort` first. Found there rather than
 * listed here, so a keyword that a new Postgres adds is checked too.
 */
function parserKeywords(): string[] {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('libpg-query/wasm/libpg-query.wasm'));
  let at = wasm.indexOf(Buffer.from('abort\0absent\0absolute\0'));
  expect(at).toBeGreaterThan(0);
  const words: string[] = [];
  for (;;) {
    const end = wasm.indexOf(0, at);
    const word = wasm.subarray(at, end).toString('latin1');
    if (!/^[a-z_]+$/u.test(word)) break;
    words.push(word);
    at = end + 1;
  }
  return words;
}

/** The grammar's answer: the element as a bare column name (no order, collation or class), or null. */
function columnByGrammar(text: string): string | null {
  try {
    const parsed = parseSync(`CREATE INDEX ormlint_index ON ormlint_table (${text})`) as { stmts: { stmt: { IndexStmt: { indexParams: { IndexElem: Record<string, unknown> }[] } } }[] };
    const params = parsed.stmts[0]!.stmt.IndexStmt.indexParams;
    if (params.length !== 1) return null;
    const { name, ordering, nulls_ordering: nulls, ...rest } = params[0]!.IndexElem;
    const plain = typeof name === 'string' && ordering === 'SORTBY_DEFAULT' && nulls === 'SORTBY_NULLS_DEFAULT' && Object.keys(rest).length === 0;
    return plain ? name : null;
  } catch {
    return null;
  }
}

describe('plain index columns, read by the scanner', () => {
  it('agree with the grammar on every keyword it knows', () => {
    const keywords = parserKeywords();
    // Postgres 18 has about 500; a table cut short would make this test say little.
    expect(keywords.length).toBeGreaterThan(450);
    expect(keywords).toContain('user');
    const disagreements = keywords.filter((word) => plainColumnName(word) !== columnByGrammar(word));
    expect(disagreements).toEqual([]);
    // Both kinds occur: unreserved and column-name keywords are columns, reserved ones are not.
    expect(plainColumnName('name')).toBe('name');
    expect(plainColumnName('int')).toBe('int');
    expect(plainColumnName('user')).toBeNull();
    expect(plainColumnName('left')).toBeNull();
  });

  it('agree with the grammar on identifiers, and leave what the scanner would fold or cut to it', () => {
    const long = `c${'x'.repeat(62)}`;
    for (const word of ['email', 'created_at', '_x', 'x$y', 'tenant_id2', long]) {
      expect(plainColumnName(word), word).toBe(word);
      expect(columnByGrammar(word), word).toBe(word);
    }
    // Upper case is folded, a 64th byte cut, quotes kept: the grammar decides those.
    for (const text of ['Email', `${long}y`, '"email"', 'email desc', 'lower(email)', '(email)', 'a.b', '1a', '']) {
      expect(plainColumnName(text), text).toBeNull();
    }
  });

  it('give the same comparable key as the grammar does', () => {
    expect(indexElementKey('email')).toBe('column:email');
    expect(indexElementKey('(email)')).toBe('column:email');
    expect(indexElementKey('"email"')).toBe('column:email');
    expect(indexElementKey('name')).toBe(indexElementKey('"name"'));
  });
});

describe('the trees of common defaults', () => {
  it('are the parser\'s own, exactly', () => {
    expect(COMMON_EXPRESSIONS.size).toBeGreaterThan(5);
    for (const [text, tree] of COMMON_EXPRESSIONS) {
      const parsed = parseSync(`SELECT ${text}`) as { stmts: { stmt: { SelectStmt: { targetList: { ResTarget: { val: unknown } }[] } } }[] };
      expect(tree, text).toEqual(parsed.stmts[0]!.stmt.SelectStmt.targetList[0]!.ResTarget.val);
    }
  });

  it('cannot be changed by a reader', () => {
    const tree = COMMON_EXPRESSIONS.get('now()')!;
    expect(() => {
      (tree.FuncCall as { location: number }).location = 0;
    }).toThrow(TypeError);
  });
});
