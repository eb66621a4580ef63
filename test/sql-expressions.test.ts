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

  it('reads the implicit text cast Postgres stores on a varchar column passed to a function as the bare column', () => {
    // CKAN's model writes the stored form `lower(name::text)`; its migration writes `lower(name)`.
    expect(indexElementKey('lower(name::text)', user)).toBe(indexElementKey('(lower(name))', user));
    expect(indexElementKey('upper((name)::character varying)', user)).toBe(indexElementKey('upper(name)', user));
    // An element that is only a cast indexes other values than the column: kept apart.
    expect(indexElementKey('(id::text)', user)).not.toBe(indexElementKey('(id)', user));
    expect(indexElementKey('lower(name::citext)', user)).not.toBe(indexElementKey('lower(name)', user));
  });

  it('keeps a column of another table, or another schema\'s table, apart', () => {
    expect(predicateKey(`other.state = 'active'`, user)).not.toBe(predicateKey(`state = 'active'`, user));
    expect(predicateKey(`audit."user".state = 'active'`, user)).not.toBe(predicateKey(`state = 'active'`, user));
    expect(predicateKey(`state = 'active'`, user)).not.toBe(predicateKey(`state = 'inactive'`, user));
  });
});
