import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStringDefault } from '../src/frontends/python/columns.js';
import type { Column, Schema } from '../src/facts.js';
import { diffSchemas, normalizeDefault } from '../src/schema/diff.js';
import { newTable } from '../src/schema/tables.js';
import { startPostgres } from './helpers/postgres.js';

describe('normalizeDefault: a cast to a quoted type name is dropped like any other cast', () => {
  it('drops a quoted enum name', () => {
    expect(normalizeDefault(`'USER'::"Role"`)).toBe("'USER'");
    expect(normalizeDefault(`'USER'::"Role"`)).toBe(normalizeDefault("'USER'"));
    expect(normalizeDefault(`'USER'::"Role"`)).toBe(normalizeDefault("'USER'::role"));
  });

  it('drops a schema-qualified quoted enum name, quoted or not in either part', () => {
    expect(normalizeDefault(`'USER'::"app"."Role"`)).toBe("'USER'");
    expect(normalizeDefault(`'USER'::app."Role"`)).toBe("'USER'");
    expect(normalizeDefault(`'USER'::"app".role`)).toBe("'USER'");
  });

  it('drops a quoted array type and a nested cast', () => {
    expect(normalizeDefault(`'{USER}'::"Role"[]`)).toBe("'{USER}'");
    expect(normalizeDefault(`('USER'::text)::"Role"`)).toBe("'USER'");
  });

  it('keeps what follows the type name, and keeps literals apart', () => {
    expect(normalizeDefault(`'USER'::"Role" || 'x'`)).toBe("'USER'||'x'");
    expect(normalizeDefault(`'USER'::"Role"`)).not.toBe(normalizeDefault(`'ADMIN'::"Role"`));
    // A quoted identifier that is not after `::` stays.
    expect(normalizeDefault(`"Role"`)).toBe(`"Role"`);
  });
});

describe('renderStringDefault spells an enum cast the way Postgres prints it', () => {
  it('quotes a mixed-case enum and leaves a lower-case one and built-in types bare', () => {
    expect(renderStringDefault('USER', 'Role')).toBe(`'USER'::"Role"`);
    expect(renderStringDefault('user', 'role')).toBe("'user'::role");
    expect(renderStringDefault('x', 'character varying(20)')).toBe("'x'::character varying");
    expect(renderStringDefault('2020-01-01', 'timestamp with time zone')).toBe("'2020-01-01'::timestamp with time zone");
    expect(renderStringDefault('a', 'character(1)')).toBe("'a'::bpchar");
  });

  describe('against Postgres', () => {
    let db: PGlite;
    beforeAll(async () => {
      db = await startPostgres();
    });
    afterAll(async () => {
      await db.close();
    });

    it('equals pg_get_expr of the stored default', async () => {
      await db.exec(`
        CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
        CREATE TYPE role AS ENUM ('user', 'admin');
        CREATE TABLE t (a "Role" DEFAULT 'USER', b role DEFAULT 'user');
      `);
      const rows = await db.query<{ attname: string; def: string }>(`
        SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS def
        FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
        WHERE d.adrelid = 't'::regclass ORDER BY a.attnum`);
      expect(rows.rows).toEqual([
        { attname: 'a', def: renderStringDefault('USER', 'Role') },
        { attname: 'b', def: renderStringDefault('user', 'role') },
      ]);
    });
  });
});

describe('diffSchemas: an enum default spelled with and without quotes is no drift', () => {
  function schemaWith(defaultText: string): Schema {
    const table = newTable('public', 'User');
    const role: Column = { name: 'role', type: 'Role', nullable: false, primaryKey: false, unique: false, index: false, foreignKey: null, default: defaultText };
    table.columns.push(role);
    return { tables: new Map([['public.User', table]]), enums: new Map() };
  }

  it('finds nothing for the same label, a default mismatch for another', () => {
    expect(diffSchemas(schemaWith("'USER'::Role"), schemaWith(`'USER'::"Role"`), { defaultSchema: 'public' })).toEqual([]);
    const differences = diffSchemas(schemaWith("'ADMIN'::Role"), schemaWith(`'USER'::"Role"`), { defaultSchema: 'public' });
    expect(differences.map((d) => (d.kind === 'column-mismatch' ? [d.check, d.modelValue, d.migratedValue] : d.kind))).toEqual([
      ['default', "'ADMIN'::Role", `'USER'::"Role"`],
    ]);
  });
});

describe('diffSchemas: what each side knows about a column decides what is compared', () => {
  function one(column: Partial<Column>, table: Partial<ReturnType<typeof newTable>> = {}): Schema {
    const t = Object.assign(newTable('public', 't'), table);
    t.columns.push({ name: 'c', type: 'boolean', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null, ...column });
    return { tables: new Map([['public.t', t]]), enums: new Map() };
  }
  const checks = (a: Schema, b: Schema) => diffSchemas(a, b, { defaultSchema: 'public' }).map((d) => (d.kind === 'column-mismatch' ? `${d.check}: ${d.modelValue} / ${d.migratedValue}` : `${d.kind} ${'column' in d ? d.column : ''}`));

  it('reads a boolean default as Postgres does: server_default="0" is false', () => {
    expect(checks(one({ default: "'0'::boolean" }), one({ default: 'false' }))).toEqual([]);
    expect(checks(one({ default: "'1'::boolean" }), one({ default: 'false' }))).toEqual(["default: '1'::boolean / false"]);
  });

  it('says when the model sets a default in Python only: a database made by create_all lacks the DEFAULT', () => {
    expect(checks(one({ pyDefault: 'False' }), one({ default: 'false' }))).toEqual(['default: no server default (default=False is set in Python only) / false']);
    expect(checks(one({ pyDefault: 'False' }), one({}))).toEqual([]);
  });

  it('skips only the facts a side could not evaluate', () => {
    expect(checks(one({ default: null, unknown: ['default'], nullable: false }), one({ default: 'false' }))).toEqual(['nullable: NOT NULL / nullable']);
  });

  it('does not report columns only in the migrations for a table whose column set is open', () => {
    const model = one({}, { openColumns: true });
    const migrated = one({});
    migrated.tables.get('public.t')!.columns.push({ name: 'extra', type: 'text', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null });
    expect(checks(model, migrated)).toEqual([]);
    expect(checks(one({}), migrated)).toEqual(['column-only-in-migrations extra']);
  });

  it('takes a unique constraint as the same whatever the order of its columns', () => {
    const model = one({});
    const migrated = one({});
    for (const [schema, columns] of [[model, ['c', 'd']], [migrated, ['d', 'c']]] as const) {
      const t = schema.tables.get('public.t')!;
      t.columns.push({ name: 'd', type: 'text', nullable: true, primaryKey: false, unique: false, index: false, foreignKey: null, default: null });
      t.uniques.push({ name: 'uq', columns: [...columns] });
    }
    expect(checks(model, migrated)).toEqual([]);
  });

  it('does not expect a UNIQUE on the primary key columns, which CREATE TABLE drops on both sides', () => {
    const model = one({});
    const t = model.tables.get('public.t')!;
    t.columns.push({ name: 'd', type: 'text', nullable: false, primaryKey: true, unique: false, index: false, foreignKey: null, default: null });
    t.primaryKey = { name: 't_pkey', columns: ['c', 'd'] };
    t.uniques.push({ name: 't_c_d_uc', columns: ['c', 'd'] });
    const migrated = one({});
    const m = migrated.tables.get('public.t')!;
    m.columns.push({ name: 'd', type: 'text', nullable: false, primaryKey: true, unique: false, index: false, foreignKey: null, default: null });
    m.primaryKey = { name: 't_pkey', columns: ['c', 'd'] };
    expect(checks(model, migrated)).toEqual([]);
  });

  it("does not report a UNIQUE whose columns the other side's primary key already covers (zou's link tables)", () => {
    const withD = (schema: Schema, pk: string[], unique: string[] | null) => {
      const t = schema.tables.get('public.t')!;
      t.columns.push({ name: 'd', type: 'text', nullable: false, primaryKey: false, unique: false, index: false, foreignKey: null, default: null });
      t.primaryKey = { name: 't_pkey', columns: pk };
      if (unique) t.uniques.push({ name: 't_uc', columns: unique });
      return schema;
    };
    expect(checks(withD(one({}), ['c', 'd'], ['d', 'c']), withD(one({}), ['c', 'd'], null)).filter((c) => !c.startsWith('primaryKey'))).toEqual([]);
    expect(checks(withD(one({}), ['c'], ['c', 'd']), withD(one({}), ['c'], null))).toEqual(['constraint-only-in-models ']);
  });
});
