import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlalchemyFrontend } from '../src/frontends/python/models.js';
import type { ModelFacts } from '../src/frontends/types.js';
import { columnFacts, modelsConfig, readPythonFiles } from './sqlalchemy-helpers.js';

/**
 * The field-report example against what SQLAlchemy 1.4 itself builds for the same files
 * (fixtures/field-report/expected-models.json, written by scripts/sqlalchemy_metadata.py).
 */

interface ExpectedModel {
  class: string;
  module: string;
  file: string;
  line: number;
  table: string;
  columns: Record<string, unknown>[];
  primaryKey: string[];
  indexes: { name: string | null; columns: string[]; unique: boolean }[];
  uniques: { name: string | null; columns: string[] }[];
  foreignKeys: { name: string | null; columns: string[]; refTable: string; refColumns: string[]; onDelete: string | null; onUpdate: string | null }[];
}

const root = 'fixtures/field-report';
const expected = JSON.parse(readFileSync(`${root}/expected-models.json`, 'utf8')) as { models: ExpectedModel[] };

/**
 * SQLAlchemy renders `server_default="new"` as `DEFAULT 'new'`; ormlint keeps the spelling
 * Postgres stores (`'new'::character varying`, the IR's contract). Same literal, so drop the cast.
 */
function sqlalchemySpelling(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^('(?:[^']|'')*')::[a-z ]+$/u, '$1') : value;
}

describe('field-report models match SQLAlchemy', () => {
  let facts: ModelFacts;
  beforeAll(async () => {
    const files = readPythonFiles(root, 'app/models');
    facts = await sqlalchemyFrontend.extract(files, modelsConfig({ registry: ['app/models/__init__.py'], bases: ['app.models.base.Base'] }));
  });

  it('finds exactly the mapped classes SQLAlchemy maps', () => {
    const ours = facts.models.filter((m) => !m.abstract).map((m) => `${m.location.file}:${m.className}`).sort();
    expect(ours).toEqual(expected.models.map((m) => `${m.file}:${m.class}`).sort());
  });

  for (const want of expected.models) {
    describe(`${want.file} ${want.class}`, () => {
      it('has the same class facts', () => {
        const got = facts.models.find((m) => m.className === want.class && m.location.file === want.file)!;
        expect({ module: got.module, line: got.location.line, table: got.table, base: got.base }).toEqual({ module: want.module, line: want.line, table: want.table, base: 'app.models.base.Base' });
      });

      it('has the same columns, in order', () => {
        const table = facts.schema.tables.get(want.table)!;
        const got = table.columns.map((c) => ({ ...columnFacts(c), default: sqlalchemySpelling(c.default) }));
        expect(got).toEqual(want.columns);
      });

      it('has the same primary key, indexes, unique constraints and foreign keys', () => {
        const table = facts.schema.tables.get(want.table)!;
        expect(table.primaryKey?.columns ?? []).toEqual(want.primaryKey);
        const indexes = table.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })).sort((a, b) => String(a.name).localeCompare(String(b.name)));
        expect(indexes).toEqual(want.indexes);
        expect(table.uniques.map((u) => ({ name: u.name, columns: u.columns }))).toEqual(want.uniques);
        expect(table.foreignKeys.map((f) => ({ name: f.name, columns: f.columns, refTable: f.refTable, refColumns: f.refColumns, onDelete: f.onDelete ?? null, onUpdate: f.onUpdate ?? null }))).toEqual(want.foreignKeys);
      });
    });
  }
});
