import type { PGlite } from '@electric-sql/pglite';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { formatInspect } from '../src/report/inspect.js';
import { run } from '../src/run.js';
import { replayMigrations } from '../src/schema/replay.js';
import { startPostgres } from './helpers/postgres.js';
import { tempProject } from './helpers/project.js';

beforeAll(async () => {
  await loadSqlParser();
});

const FILE = 'V1__views.sql';

function operationsOf(sql: string) {
  const { operations, problems } = sqlToOperations(sql, { file: FILE, line: 1, column: 1 });
  expect(problems).toEqual([]);
  return operations.map(({ location, ...op }) => ({ ...op, at: `${location.line}:${location.column}` }));
}

describe('SQL views translate into view operations', () => {
  it('CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW [IF NOT EXISTS], renames and drops', () => {
    const sql = [
      'CREATE VIEW active_users AS SELECT 1;',
      'CREATE OR REPLACE VIEW app.active_users AS SELECT 1;',
      'CREATE MATERIALIZED VIEW IF NOT EXISTS stats AS SELECT 1 WITH NO DATA;',
      'ALTER VIEW active_users RENAME TO live_users;',
      'ALTER MATERIALIZED VIEW IF EXISTS app.stats RENAME TO totals;',
      'DROP VIEW IF EXISTS a, app.b CASCADE;',
      'DROP MATERIALIZED VIEW stats;',
      'CREATE TEMP VIEW scratch AS SELECT 1;',
    ].join('\n');
    expect(operationsOf(sql)).toEqual([
      { op: 'createView', view: { schema: null, name: 'active_users' }, materialized: false, orReplace: false, at: '1:1' },
      { op: 'createView', view: { schema: 'app', name: 'active_users' }, materialized: false, orReplace: true, at: '2:1' },
      { op: 'createView', view: { schema: null, name: 'stats' }, materialized: true, ifNotExists: true, at: '3:1' },
      { op: 'renameView', view: { schema: null, name: 'active_users' }, newName: 'live_users', at: '4:1' },
      { op: 'renameView', view: { schema: 'app', name: 'stats' }, newName: 'totals', ifExists: true, at: '5:1' },
      { op: 'dropView', view: { schema: null, name: 'a' }, materialized: false, ifExists: true, cascade: true, at: '6:1' },
      { op: 'dropView', view: { schema: 'app', name: 'b' }, materialized: false, ifExists: true, cascade: true, at: '6:1' },
      { op: 'dropView', view: { schema: null, name: 'stats' }, materialized: true, ifExists: false, cascade: false, at: '7:1' },
    ]);
  });

  it('a materialized view is a view, not an uncertain table; CREATE TABLE AS still is a table', () => {
    const { operations, problems } = sqlToOperations('CREATE MATERIALIZED VIEW mv AS SELECT 1;\nCREATE TABLE copy AS SELECT 1;', { file: FILE, line: 1, column: 1 });
    const replayed = replayMigrations(operations, { defaultSchema: 'public' });
    expect([...(replayed.schema.views?.keys() ?? [])]).toEqual(['public.mv']);
    expect([...replayed.schema.tables.keys()]).toEqual(['public.copy']);
    expect(problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      '2:1 CREATE TABLE ... AS takes its columns from a query that cannot be evaluated statically',
    ]);
  });
});

describe('the replayed views are the ones Postgres has', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(async () => {
    await db.close();
  });

  const migration = `
    CREATE TABLE users (id integer PRIMARY KEY, active boolean NOT NULL);
    CREATE SCHEMA reporting;
    CREATE SCHEMA scratch;
    CREATE VIEW active_users AS SELECT id FROM users WHERE active;
    CREATE OR REPLACE VIEW active_users AS SELECT id FROM users WHERE active;
    CREATE MATERIALIZED VIEW reporting.user_counts AS SELECT count(*) AS n FROM users;
    CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.user_counts AS SELECT 1 AS n;
    SET search_path TO reporting, public;
    CREATE VIEW recent AS SELECT id FROM public.users;
    ALTER VIEW recent RENAME TO recent_users;
    ALTER MATERIALIZED VIEW user_counts RENAME TO user_totals;
    ALTER TABLE active_users RENAME TO live_users;
    CREATE VIEW doomed AS SELECT 1 AS one;
    DROP VIEW doomed;
    DROP VIEW IF EXISTS never_created;
    DROP MATERIALIZED VIEW IF EXISTS never_created;
    CREATE VIEW scratch.tmp AS SELECT 1 AS one;
    CREATE MATERIALIZED VIEW scratch.tmp_totals AS SELECT 1 AS one;
    DROP SCHEMA scratch CASCADE;
    RESET search_path;
  `;

  it('pg_views and pg_matviews list what the replay recorded', async () => {
    const { operations, problems } = sqlToOperations(migration, { file: FILE, line: 1, column: 1 });
    expect(problems).toEqual([]);
    const replayed = replayMigrations(operations, { defaultSchema: 'public' });
    expect(replayed.problems).toEqual([]);
    await db.exec(migration);
    const catalog = await db.query<{ key: string; materialized: boolean }>(`
      SELECT schemaname || '.' || viewname AS key, false AS materialized FROM pg_views
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
      UNION ALL
      SELECT schemaname || '.' || matviewname, true FROM pg_matviews
      ORDER BY key`);
    const recorded = [...(replayed.schema.views?.values() ?? [])]
      .map((v) => ({ key: `${v.schema}.${v.name}`, materialized: v.materialized }))
      .sort((a, b) => a.key.localeCompare(b.key));
    expect(recorded).toEqual(catalog.rows);
    expect(recorded).toEqual([
      { key: 'public.live_users', materialized: false },
      { key: 'reporting.recent_users', materialized: false },
      { key: 'reporting.user_totals', materialized: true },
    ]);
    expect([...replayed.schema.tables.keys()]).toEqual(['public.users']);
  });

  it('dropping a view no migration created is a problem at the statement, unless IF EXISTS', () => {
    const { operations } = sqlToOperations('CREATE VIEW v AS SELECT 1;\nDROP MATERIALIZED VIEW v;\nDROP VIEW w;\nCREATE VIEW v AS SELECT 2;', { file: FILE, line: 1, column: 1 });
    const replayed = replayMigrations(operations, { defaultSchema: 'public' });
    expect(replayed.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`)).toEqual([
      '2:1 DROP MATERIALIZED VIEW "v": no earlier migration creates this materialized view',
      '3:1 DROP VIEW "w": no earlier migration creates this view',
      '4:1 CREATE VIEW "v": an earlier migration already creates this view',
    ]);
  });
});

describe('models that map a view', () => {
  const config = 'models:\n  orm: sqlalchemy\n  include: ["app/**/*.py"]\n  registry: ["app/models.py"]\nmigrations:\n  kind: alembic\n  include: ["alembic/versions/*.py"]\n';
  const models = (extra: string) => `from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean)


class ActiveUser(Base):
    __tablename__ = "active_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(255))


class UserCount(Base):
    __tablename__ = "user_counts"

    n: Mapped[int] = mapped_column(Integer, primary_key=True)
${extra}`;
  const revision = `"""users and views

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None


def upgrade():
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.execute("CREATE VIEW active_users AS SELECT id, email FROM users WHERE active")
    op.execute(
        """
        CREATE MATERIALIZED VIEW user_counts AS
        SELECT count(*) AS n FROM users
        """
    )


def downgrade():
    op.execute("DROP MATERIALIZED VIEW user_counts")
    op.execute("DROP VIEW active_users")
    op.drop_table("users")
`;

  async function check(files: Record<string, string>) {
    const root = tempProject(files, 'ormlint-views-');
    try {
      return await run(loadConfig({ cwd: root }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('a model mapping a view (or materialized view) a migration creates: no findings, no orphan', async () => {
    const result = await check({ '.ormlint.yml': config, 'app/models.py': models(''), 'alembic/versions/0001_init.py': revision });
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect([...result.facts.migratedSchema!.views!.values()].map((v) => [v.schema, v.name, v.materialized, `${v.location.file}:${v.location.line}:${v.location.column}`])).toEqual([
      ['public', 'active_users', false, 'alembic/versions/0001_init.py:21:17'],
      ['public', 'user_counts', true, 'alembic/versions/0001_init.py:24:9'],
    ]);
    const inspected = JSON.parse(formatInspect(result)) as { migratedSchema: { views: unknown } };
    expect(inspected.migratedSchema.views).toEqual({
      'public.active_users': { materialized: false, file: 'alembic/versions/0001_init.py', line: 21 },
      'public.user_counts': { materialized: true, file: 'alembic/versions/0001_init.py', line: 24 },
    });
  });

  it('a model mapping a view no migration creates: missing-migration', async () => {
    const extra = `

class Leaderboard(Base):
    __tablename__ = "leaderboard"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
`;
    const result = await check({ '.ormlint.yml': config, 'app/models.py': models(extra), 'alembic/versions/0001_init.py': revision });
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'missing-migration app/models.py:30:7 Table "leaderboard" (model Leaderboard) is not created by any migration',
    ]);
  });
});
