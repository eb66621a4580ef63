import { describe, expect, it } from 'vitest';
import { alembicFrontend } from '../src/frontends/python/alembic.js';
import { ALEMBIC_CONFIG as CONFIG, alembicFixtureFiles as fixtureFiles } from './helpers/alembicFixtures.js';

const V = 'migrations/versions';

describe('alembic frontend: the revision graph', () => {
  it('takes ids from the revision variable of date-named files and orders them', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('shop'), CONFIG);
    expect(facts.migrations.map((m) => [m.id, m.file, m.parents, m.order, m.description])).toEqual([
      ['ae1027a6acf', `${V}/2024_01_05_1432-ae1027a6acf_add_users.py`, [], 0, 'add users'],
      ['5b7c2d9e0f31', `${V}/2024_02_11_0910-5b7c2d9e0f31_add_orders.py`, ['ae1027a6acf'], 1, 'add orders'],
      ['c0ffee12ab34', `${V}/2024_03_02_1700-c0ffee12ab34_rename_users.py`, ['5b7c2d9e0f31'], 2, 'rename users to customers, batch changes'],
      ['9a8b7c6d5e4f', `${V}/2024_04_20_0815-9a8b7c6d5e4f_crm_schema.py`, ['c0ffee12ab34'], 3, 'crm schema, enums, partial indexes'],
    ]);
    expect(facts.migrations[1]!.location).toEqual({ file: `${V}/2024_02_11_0910-5b7c2d9e0f31_add_orders.py`, line: 15, column: 1, endLine: 15, endColumn: 31 });
    expect(facts.migrations[1]!.parentsLocation).toEqual({ file: `${V}/2024_02_11_0910-5b7c2d9e0f31_add_orders.py`, line: 16, column: 1, endLine: 16, endColumn: 48 });
    expect(facts.graph).toEqual({ heads: ['9a8b7c6d5e4f'], roots: ['ae1027a6acf'], dangling: [], duplicates: [], cycles: [] });
    expect(facts.problems).toEqual([]);
    // Every operation is tagged with its revision, in replay order.
    expect([...new Set(facts.operations.map((o) => o.migrationId))]).toEqual(['ae1027a6acf', '5b7c2d9e0f31', 'c0ffee12ab34', '9a8b7c6d5e4f']);
  });

  it('orders a merge revision after both of its parents and keeps branch labels', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('merge'), CONFIG);
    expect(facts.migrations.map((m) => [m.id, m.parents, m.order])).toEqual([
      ['base0001', [], 0],
      ['audit0002', ['base0001'], 1],
      ['billing02', ['base0001'], 2],
      ['merge0003', ['audit0002', 'billing02'], 3],
    ]);
    expect(facts.migrations[2]!.branchLabels).toEqual(['billing']);
    expect(facts.graph!.heads).toEqual(['merge0003']);
  });

  it('reports two heads', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('two-heads'), CONFIG);
    expect(facts.graph).toEqual({ heads: ['bbb222', 'ccc333'], roots: ['aaa111'], dangling: [], duplicates: [], cycles: [] });
    expect(facts.migrations.map((m) => m.order)).toEqual([0, 1, 2]);
  });

  it('leaves a revision with a missing parent unordered and does not replay it', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('dangling'), CONFIG);
    expect(facts.graph!.dangling).toEqual([{ id: 'd002', missingParent: 'd000missing' }]);
    expect(facts.migrations.map((m) => [m.id, m.order])).toEqual([['d001', 0], ['d002', -1]]);
    expect(facts.operations.map((o) => o.migrationId)).toEqual(['d001']);
  });

  it('reports a cycle and a duplicate id, naming the files', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('cycle'), CONFIG);
    expect(facts.graph!.cycles).toEqual([['c002', 'c003']]);
    expect(facts.graph!.duplicates).toEqual([{ id: 'c001', files: [`${V}/001_base.py`, `${V}/004_dup.py`] }]);
    expect(facts.migrations.map((m) => [m.id, m.file, m.order])).toEqual([
      ['c001', `${V}/001_base.py`, 0],
      ['c002', `${V}/002_x.py`, -1],
      ['c003', `${V}/003_y.py`, -1],
      ['c001', `${V}/004_dup.py`, -1],
    ]);
    expect(facts.operations.map((o) => (o.op === 'createTable' ? o.table.name : o.op))).toEqual(['a']);
  });

  it('ignores files that are not revisions', async () => {
    const facts = await alembicFrontend.extract([{ path: 'migrations/env.py', text: 'from alembic import context\ncontext.run_migrations()\n' }, { path: `${V}/__init__.py`, text: '' }], CONFIG);
    expect(facts).toEqual({ comments: new Map(), migrations: [], graph: { heads: [], roots: [], dangling: [], duplicates: [], cycles: [] }, operations: [], problems: [] });
  });
});

describe('alembic frontend: parse errors', () => {
  it('reports the error at its node and still reads the revision and the operations around it', async () => {
    const facts = await alembicFrontend.extract(fixtureFiles('parse-error'), CONFIG);
    expect(facts.problems).toEqual([{
      kind: 'parse-error',
      message: 'Python syntax error near `sa`; the rest of the file is read as far as it parses',
      location: { file: `${V}/001_broken.py`, line: 17, column: 46, endLine: 17, endColumn: 48 },
    }]);
    expect(facts.migrations.map((m) => [m.id, m.order])).toEqual([['7f00aa01', 0]]);
    expect(facts.operations[1]).toMatchObject({ op: 'uncertain', tables: [{ schema: null, name: 'kept' }], reason: 'this statement has a syntax error' });
    expect(facts.operations.map((o) => [o.op, 'table' in o ? o.table.name : null, o.location.line])).toEqual([
      ['createTable', 'kept', 16],
      // The broken statement marks its table uncertain instead of guessing.
      ['uncertain', null, 17],
      ['createTable', 'also_kept', 18],
    ]);
  });
});
