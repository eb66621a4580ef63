import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import { indexElementKey, predicateKey } from '../src/schema/sqlExpressions.js';

/** Index elements and predicates compared as Postgres reads them (src/schema/sqlExpressions.ts). */
beforeAll(async () => {
  await loadSqlParser();
});

const user = { schema: 'public', name: 'user' };

describe('index expressions', () => {
  it('reads a column qualified by the index\'s own table as the bare column, as Postgres stores it', () => {
    // CKAN's model writes the stored form; its migration writes the table-qualified one.
    expect(predicateKey(`"user".state='active'`, user)).toBe(predicateKey(`(state = 'active'::text)`, user));
    expect(predicateKey(`public."user".state = 'active'`, user)).toBe(predicateKey(`state = 'active'`, user));
    expect(indexElementKey(`(CASE WHEN ("user".fullname IS NULL OR "user".fullname = '') THEN "user".name ELSE "user".fullname END)`, user))
      .toBe(indexElementKey(`(CASE WHEN fullname IS NULL OR fullname = ''::text THEN name ELSE fullname END)`, user));
    expect(indexElementKey(`("user".email)`, user)).toBe('column:email');
  });

  it('keeps a column of another table, or another schema\'s table, apart', () => {
    expect(predicateKey(`other.state = 'active'`, user)).not.toBe(predicateKey(`state = 'active'`, user));
    expect(predicateKey(`audit."user".state = 'active'`, user)).not.toBe(predicateKey(`state = 'active'`, user));
    expect(predicateKey(`state = 'active'`, user)).not.toBe(predicateKey(`state = 'inactive'`, user));
  });
});
