import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alembicFrontend } from '../src/frontends/python/alembic.js';
import { replayMigrations } from '../src/schema/replay.js';
import { ALEMBIC_CONFIG, alembicFixtureFiles } from './helpers/alembicFixtures.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { renderOps } from './helpers/renderOps.js';
import { startPostgres } from './helpers/postgres.js';

/**
 * The oracle: each Alembic fixture's operations, rendered to the DDL Alembic would emit, are
 * applied to a real embedded Postgres; its catalog must equal ormlint's replay.
 */
describe('alembic replay against PGlite', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await startPostgres();
  });
  afterAll(async () => {
    await db.close();
  });

  it.each(['shop', 'merge', 'two-heads'])('fixture %s', async (fixture) => {
    const facts = await alembicFrontend.extract(alembicFixtureFiles(fixture), ALEMBIC_CONFIG);
    expect(facts.problems).toEqual([]);
    const replay = replayMigrations(facts.operations, { defaultSchema: 'public' });
    expect(replay.problems).toEqual([]);

    // One database for all fixtures (PGlite starts slowly): each starts from empty schemas.
    await db.exec('DROP SCHEMA IF EXISTS crm CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    for (const statement of renderOps(facts.operations)) {
        try {
          await db.exec(statement);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${statement}`);
        }
      }
    const catalog = await readCatalog(db);
    expect(comparableSchema(replay.schema)).toEqual(comparableSchema(catalog));
  });
});
