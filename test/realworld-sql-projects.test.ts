/**
 * Healthy SQL-migration projects the way teams write them (Flyway, golang-migrate, dbmate, Prisma,
 * Drizzle, each with SQLAlchemy models): ormlint must report nothing but honest notices, and its
 * migrated schema must equal what Postgres (PGlite) builds from the same files. Then realistic
 * bugs are injected into temporary copies and must give exactly the right finding.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { parseSync } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { substitutePlaceholders } from '../src/frontends/sql/placeholders.js';
import { forwardSection } from '../src/frontends/sql/sections.js';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import { run, type RunResult } from '../src/run.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { startPostgres } from './helpers/postgres.js';

const fixtures = path.resolve(__dirname, '../fixtures/realworld-sql');
const projects = ['flyway-helpdesk', 'golang-migrate-inventory', 'dbmate-bookings', 'prisma-blog', 'drizzle-links'];

async function check(root: string): Promise<RunResult> {
  return run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));
}

function findings(result: RunResult): string[] {
  return result.diagnostics.map((d) => `${d.ruleId} ${d.severity} ${d.file}:${d.line}:${d.column} ${d.subject ?? ''}`);
}

/** A temporary copy of a fixture, edited by `edit(root)`; removed after the check. */
async function checkCopy(project: string, edit: (write: (file: string, change: (text: string) => string) => void, root: string) => void): Promise<RunResult> {
  const root = mkdtempSync(path.join(tmpdir(), `ormlint-${project}-`));
  try {
    cpSync(path.join(fixtures, project), root, { recursive: true });
    edit((file, change) => {
      const full = path.join(root, file);
      const before = readFileSync(full, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`edit of ${file} changed nothing`);
      writeFileSync(full, after);
    }, root);
    return await check(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Honest notices each healthy project keeps (nothing else may be reported). */
const expectedNotices: Record<string, string[]> = {
  'flyway-helpdesk': [],
  'golang-migrate-inventory': [],
  'dbmate-bookings': [],
  'prisma-blog': [],
  'drizzle-links': [],
};

describe('healthy SQL-migration projects', () => {
  for (const project of projects) {
    it(`${project}: no findings`, async () => {
      const result = await check(path.join(fixtures, project));
      expect(findings(result)).toEqual(expectedNotices[project]);
    });
  }
});

describe('the migrated schema equals what Postgres builds from the same files', () => {
  let db: PGlite;
  beforeAll(async () => {
    await loadSqlParser();
    db = await startPostgres();
  });
  afterAll(async () => {
    await db.close();
  });

  async function resetDatabase(): Promise<void> {
    await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; SET search_path TO public');
  }

  /** Statement by statement, as the tools run them; extensions are not available in PGlite. */
  async function applyFile(sql: string): Promise<void> {
    const bytes = Buffer.from(sql, 'utf8');
    for (const raw of parseSync(sql).stmts ?? []) {
      if (raw.stmt && 'CreateExtensionStmt' in raw.stmt) continue;
      const start = raw.stmt_location ?? 0;
      const end = raw.stmt_len ? start + raw.stmt_len : bytes.length;
      await db.exec(bytes.subarray(start, end).toString('utf8'));
    }
  }

  for (const project of projects) {
    it(project, async () => {
      const root = path.join(fixtures, project);
      const result = await check(root);
      await resetDatabase();
      for (const migration of result.facts.migrations ?? []) {
        const forward = forwardSection(readFileSync(path.join(root, migration.file), 'utf8'));
        await applyFile(substitutePlaceholders(forward, { 'flyway:defaultSchema': 'public' }).text);
      }
      const expected = comparableSchema(await readCatalog(db));
      expect(comparableSchema(result.facts.migratedSchema!)).toEqual(expected);
    });
  }
});

/** 1-based line and column of the first occurrence of `needle` in a fixture file (after an edit). */
function position(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function fixtureText(project: string, file: string): string {
  return readFileSync(path.join(fixtures, project, file), 'utf8');
}

describe('realistic bugs injected into the healthy projects', () => {
  it('a model column no migration creates', async () => {
    const file = 'helpdesk/models/ticket.py';
    const added = '    archived_at: Mapped[Optional[datetime]]\n';
    const result = await checkCopy('flyway-helpdesk', (write) =>
      write(file, (t) => t.replace('    closed_at: Mapped[Optional[datetime]]\n', `    closed_at: Mapped[Optional[datetime]]\n${added}`)),
    );
    const at = position(fixtureText('flyway-helpdesk', file), '    closed_at: Mapped');
    expect(findings(result)).toEqual([`schema-drift error ${file}:${at.line + 1}:5 tickets.archived_at`]);
    expect(result.diagnostics[0]!.message).toBe('Column "tickets.archived_at" is in the model Ticket but no migration creates it');
  });

  it('varchar(100) in the migration, String(255) in the model', async () => {
    const result = await checkCopy('flyway-helpdesk', (write) =>
      write('db/migration/V1__init.sql', (t) => t.replace('"email"       varchar(255)', '"email"       varchar(100)')),
    );
    const at = position(fixtureText('flyway-helpdesk', 'helpdesk/models/user.py'), 'email: Mapped');
    expect(findings(result)).toEqual([`schema-drift error helpdesk/models/user.py:${at.line}:${at.column} users.email`]);
    expect(result.diagnostics[0]!.message).toContain('the model says character varying(255), the migrations say character varying(100)');
  });

  it('a NOT NULL the drizzle migration forgot', async () => {
    const result = await checkCopy('drizzle-links', (write) =>
      write('drizzle/0000_chilly_wolverine.sql', (t) => t.replace('"url" text NOT NULL', '"url" text')),
    );
    const at = position(fixtureText('drizzle-links', 'links/models.py'), 'url: Mapped');
    expect(findings(result)).toEqual([`schema-drift error links/models.py:${at.line}:${at.column} links.url`]);
    expect(result.diagnostics[0]!.message).toContain('the model says NOT NULL, the migrations say nullable');
  });

  it('an index a later dbmate migration drops (its down section re-creating it does not count)', async () => {
    const result = await checkCopy('dbmate-bookings', (_write, root) =>
      writeFileSync(
        path.join(root, 'db/migrations/20240401000000_drop_ends_idx.sql'),
        '-- migrate:up\nDROP INDEX IF EXISTS bookings_ends_at_idx;\n\n-- migrate:down\nCREATE INDEX bookings_ends_at_idx ON bookings (ends_at);\n',
      ),
    );
    const at = position(fixtureText('dbmate-bookings', 'bookings/models.py'), 'ends_at: Mapped');
    expect(findings(result)).toEqual([`schema-drift error bookings/models.py:${at.line}:${at.column} bookings.ends_at`]);
    expect(result.diagnostics[0]!.message).toContain('the model says indexed, the migrations say not indexed');
  });

  it('two Flyway files with one version', async () => {
    const result = await checkCopy('flyway-helpdesk', (_write, root) =>
      writeFileSync(path.join(root, 'db/migration/V2__ticket_tags.sql'), 'CREATE TABLE ticket_tags (ticket_id bigint NOT NULL, tag text NOT NULL);\n'),
    );
    expect(findings(result)).toEqual([
      'migration-graph error db/migration/V2__ticket_tags.sql:1:1 2',
      'orphan-table warning db/migration/V2__ticket_tags.sql:1:1 ticket_tags',
    ]);
    expect(result.diagnostics[0]!.message).toContain('db/migration/V2__ticket_comments.sql and db/migration/V2__ticket_tags.sql');
  });

  it('a syntax error mid-file is a parse-error at the parser cursor; the statements after it still apply', async () => {
    const file = 'db/migration/V2__ticket_comments.sql';
    const broken = 'ALTER TABLE ticket_comments ADD COLUMN edited_at timestamptz DEFAUL now();\n\n';
    let edited = '';
    const result = await checkCopy('flyway-helpdesk', (write) =>
      write(file, (t) => (edited = t.replace('CREATE INDEX ix_ticket', `${broken}CREATE INDEX ix_ticket`))),
    );
    const at = position(edited, 'DEFAUL now()');
    expect(findings(result)).toEqual([`parse-error error ${file}:${at.line}:${at.column} ${file}`]);
    expect(result.diagnostics[0]!.message).toContain('syntax error at or near "DEFAUL"');
    const comments = result.facts.migratedSchema!.tables.get('public.ticket_comments')!;
    expect(comments.indexes.map((i) => [i.name, i.location?.line])).toEqual([['ix_ticket_comments_ticket_id', position(edited, 'CREATE INDEX ix_ticket').line]]);
    expect(comments.columns.map((c) => c.name)).not.toContain('edited_at');
  });

  it('a drizzle foreign key whose DO block is changed into something conditional: the table is uncertain, no drift', async () => {
    const file = 'drizzle/0001_tags.sql';
    let edited = '';
    const result = await checkCopy('drizzle-links', (write) =>
      write(file, (t) => (edited = t.replace(' WHEN duplicate_object THEN null;', ' WHEN others THEN null;'))),
    );
    const at = position(edited, 'DO $$ BEGIN');
    expect(findings(result)).toEqual([`unresolved notice ${file}:${at.line}:${at.column} links`]);
    expect(result.diagnostics[0]!.message).toBe('a DO block changes these tables under conditions that cannot be evaluated statically (tables treated as uncertain: links)');
  });

  it('an ALTER TABLE of a table no migration creates: a migration Postgres would reject, not an uncertainty', async () => {
    const file = 'db/migration/V11__archive.sql';
    const result = await checkCopy('flyway-helpdesk', (_write, root) =>
      writeFileSync(path.join(root, file), '-- archive\nALTER TABLE ticket_archive ADD COLUMN note text;\n'),
    );
    expect(findings(result)).toEqual([`unresolved notice ${file}:2:1 missing-table`]);
    expect(result.diagnostics[0]!.message).toBe(
      '1 table is used by migrations that no earlier migration creates: ticket_archive; what those statements do to them is not replayed (a misspelt name, or a chain that starts from a database made outside it: create_all, a dump)',
    );
  });
});
