/**
 * The replay's oracle: every corpus file is applied to a real Postgres (PGlite) and replayed
 * through sqlToOperations + replayMigrations; the two schemas must be equal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { parseSync } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlParser, sqlToOperations } from '../src/frontends/sql/translate.js';
import { replayMigrations } from '../src/schema/replay.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { startPostgres } from './helpers/postgres.js';

const corpusDir = path.join(__dirname, '..', 'fixtures', 'sql', 'corpus');
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.sql')).sort();

let db: PGlite;

beforeAll(async () => {
  await loadSqlParser();
  db = await startPostgres();
});

afterAll(async () => {
  await db.close();
});

/** One PGlite for the whole corpus (it takes seconds to start): each file starts from an empty database. */
async function resetDatabase(): Promise<void> {
  const schemas = await db.query<{ nspname: string }>(
    `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'`,
  );
  for (const { nspname } of schemas.rows) await db.exec(`DROP SCHEMA "${nspname}" CASCADE`);
  await db.exec('CREATE SCHEMA public; SET search_path TO public');
}

/** Statement by statement, as a migration tool runs them (CREATE INDEX CONCURRENTLY needs it). */
async function applyStatements(sql: string): Promise<void> {
  const bytes = Buffer.from(sql, 'utf8');
  for (const raw of parseSync(sql).stmts ?? []) {
    const start = raw.stmt_location ?? 0;
    const end = raw.stmt_len ? start + raw.stmt_len : bytes.length;
    await db.exec(bytes.subarray(start, end).toString('utf8'));
  }
}

describe('replay equals Postgres on the DDL corpus', () => {
  it('has at least 150 statements', async () => {
    const count = corpus.reduce((n, f) => n + (parseSync(readFileSync(path.join(corpusDir, f), 'utf8')).stmts?.length ?? 0), 0);
    expect(count).toBeGreaterThanOrEqual(150);
  });

  for (const file of corpus) {
    it(file, async () => {
      const sql = readFileSync(path.join(corpusDir, file), 'utf8');
      await resetDatabase();
      {
        await applyStatements(sql);
        // The file may leave search_path elsewhere; the catalog is read as a fresh session sees it.
        await db.exec('SET search_path TO public');
        const expected = comparableSchema(await readCatalog(db));
        const { operations, problems } = sqlToOperations(sql, { file: `fixtures/sql/corpus/${file}`, line: 1, column: 1 });
        expect(problems.filter((p) => p.kind === 'parse-error')).toEqual([]);
        const replay = replayMigrations(operations, { defaultSchema: 'public' });
        expect(replay.problems).toEqual([]);
        // toEqual on the projected schema prints a line-by-line diff of what differs.
        expect(comparableSchema(replay.schema)).toEqual(expected);
      }
    });
  }
});
