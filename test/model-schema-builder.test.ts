import { describe, expect, it } from 'vitest';
import type { SchemaOperation } from '../src/operations.js';
import * as modelSchema from '../src/frontends/modelSchema.js';
import { extract } from './sqlalchemy-helpers.js';

// No module mock here: the test files share their module registry (vitest.config.ts, isolate: false),
// so a vi.mock of the builder does not reliably reach the frontend. The frontend case below checks
// the model-mode outcomes (unnamed stays unnamed, a foreign key out of the models is kept) end to end.

const at = (line: number) => ({ file: 'app/models.py', line, column: 1 });

/** An orders table with an unnamed unique, an unnamed index and an unnamed FK to a table no model declares. */
const ordersOperations = (): SchemaOperation[] => [
  {
    op: 'createTable',
    table: { schema: null, name: 'orders' },
    columns: [
      { name: 'id', type: 'integer' },
      { name: 'code', type: 'text' },
      { name: 'account_id', type: 'integer' },
    ],
    constraints: [
      { kind: 'primaryKey', name: null, columns: ['id'] },
      { kind: 'unique', name: null, columns: ['code'] },
    ],
    location: at(1),
  },
  { op: 'createIndex', table: { schema: null, name: 'orders' }, name: null, columns: ['account_id'], unique: false, location: at(5) },
  { op: 'addConstraint', table: { schema: null, name: 'orders' }, constraint: { kind: 'foreignKey', name: null, columns: ['account_id'], refTable: { schema: null, name: 'accounts' }, refColumns: ['id'] }, location: at(4) },
];

describe('buildModelSchema: model mode', () => {
  it('keeps unnamed constraints and indexes unnamed and a foreign key to a table outside the models, with no problem', () => {
    const { schema, problems } = modelSchema.buildModelSchema(ordersOperations(), 'public', { models: true });
    const orders = schema.tables.get('public.orders')!;
    expect(problems).toEqual([]);
    expect(orders.primaryKey).toEqual({ name: null, columns: ['id'] });
    expect(orders.uniques.map((u) => u.name)).toEqual([null]);
    expect(orders.indexes.map((i) => [i.name, i.columns])).toEqual([[null, ['account_id']]]);
    expect(orders.foreignKeys.map((f) => [f.name, f.refTable, f.refColumns])).toEqual([[null, 'public.accounts', ['id']]]);
    // Postgres' semantics still apply: the primary key is NOT NULL, the mirrors are set.
    expect(orders.columns.map((c) => [c.name, c.nullable, c.primaryKey, c.unique, c.index, c.foreignKey?.table ?? null])).toEqual([
      ['id', false, true, false, false, null],
      ['code', true, false, true, false, null],
      ['account_id', true, false, false, true, 'public.accounts'],
    ]);
  });

  it('outside model mode names them as Postgres would and reports the missing table (what model mode must not do)', () => {
    const { schema, problems } = modelSchema.buildModelSchema(ordersOperations(), 'public');
    const orders = schema.tables.get('public.orders')!;
    expect([orders.primaryKey?.name, orders.uniques[0]?.name, orders.indexes[0]?.name, orders.foreignKeys[0]?.name]).toEqual(['orders_pkey', 'orders_code_key', 'orders_account_id_idx', 'orders_account_id_fkey']);
    expect(problems.map((p) => [p.message, p.location.line])).toEqual([['FOREIGN KEY on "public"."orders" references "accounts", which no earlier migration creates (model schema)', 4]]);
  });
});

describe('SQLAlchemy model schema (built by the shared builder in model mode)', () => {
  it('unnamed keys stay unnamed, a foreign key to another service is kept, the model columns are the schema columns', async () => {
    const facts = await extract({
      'app/models.py': `
        from sqlalchemy import Column, ForeignKey, Integer, String, UniqueConstraint
        from sqlalchemy.orm import declarative_base

        Base = declarative_base()

        class Order(Base):
            __tablename__ = "orders"
            __table_args__ = (UniqueConstraint("code"),)
            id = Column(Integer, primary_key=True)
            code = Column(String(20), default="x")
            account_id = Column(Integer, ForeignKey("billing.accounts.id"), index=True)
      `,
    });
    const orders = facts.schema.tables.get('public.orders')!;
    expect(orders.uniques.map((u) => [u.name, u.columns, u.location?.line])).toEqual([[null, ['code'], 8]]);
    // index=True is named by SQLAlchemy's default "ix" convention (extraction), not by Postgres.
    expect(orders.indexes.map((i) => [i.name, i.columns])).toEqual([['ix_orders_account_id', ['account_id']]]);
    expect(orders.foreignKeys.map((f) => [f.name, f.refTable, f.refColumns, f.location?.line])).toEqual([[null, 'billing.accounts', ['id'], 11]]);
    expect(facts.problems.filter((p) => p.kind !== 'unresolved' || /accounts/u.test(p.message))).toEqual([]);
    // The model's columns are the schema's, with the replay's NOT NULL and the model-only facts.
    const model = facts.models.find((m) => m.className === 'Order')!;
    expect(model.columns).toEqual(orders.columns);
    model.columns.forEach((column, i) => expect(column).toBe(orders.columns[i]));
    expect(orders.columns.map((c) => [c.name, c.nullable, c.generated ?? null, c.pyDefault ?? null, c.location?.line])).toEqual([
      ['id', false, 'serial', null, 9],
      ['code', true, null, '"x"', 10],
      ['account_id', true, null, null, 11],
    ]);
    expect(orders.location?.line).toBe(6);
  });
});
