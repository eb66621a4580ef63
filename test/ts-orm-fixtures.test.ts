/**
 * fixtures/ts-orms/: one example project per TypeScript ORM, written as that ORM's docs write
 * them, with planted findings of every rule that applies. Each project's expected.json lists all
 * its findings; each runs from source and through the bundle, and its migrations replay into
 * PGlite, whose catalog must equal ormlint's replay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { parseSync } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { loadSqlParser } from '../src/frontends/sql/translate.js';
import { run } from '../src/run.js';
import { bundledDiagnostics } from './helpers/bundleCli.js';
import { expectedFindings, fixtureProjects } from './helpers/project.js';
import { comparableSchema, readCatalog } from './helpers/pgCatalog.js';
import { startPostgres } from './helpers/postgres.js';

const fixtures = path.resolve(__dirname, '../fixtures/ts-orms');
const projects = fixtureProjects(fixtures);

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  subject: string | undefined;
  message: string;
}

const pick = ({ ruleId, severity, file, line, column, subject, message }: Finding): Finding => ({ ruleId, severity, file, line, column, subject, message });
const expected = (project: string) => expectedFindings<Finding>(fixtures, project);
const check = (root: string) => run(loadConfig({ configPath: path.join(root, '.ormlint.yml'), cwd: root }));

describe('TypeScript ORM example projects (from source)', () => {
  it.each(projects)('%s', async (project) => {
    const result = await check(path.join(fixtures, project));
    expect(result.diagnostics.map((d) => pick(d as unknown as Finding))).toEqual(expected(project));
  });
});

// The bundle built from this source for the test run (test/setup/build.ts), in this process.
describe('TypeScript ORM example projects (through dist/cli.mjs)', () => {
  it.each(projects)('%s', async (project) => {
    const root = path.join(fixtures, project);
    const diagnostics = (await bundledDiagnostics(path.join(root, '.ormlint.yml'))) as unknown as Finding[];
    expect(diagnostics.map(pick)).toEqual(expected(project));
  });
});

describe('their migrations replay into the schema Postgres builds from them', () => {
  let db: PGlite;
  beforeAll(async () => {
    await loadSqlParser();
    db = await startPostgres();
  });
  afterAll(async () => {
    await db.close();
  });

  // TypeORM's migrations are TypeScript: test/typeorm-migrations.test.ts and
  // test/typeorm-frontend.test.ts run them into PGlite.
  it.each(projects.filter((p) => !p.startsWith('typeorm')))('%s', async (project) => {
    const root = path.join(fixtures, project);
    const result = await check(root);
    await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; SET search_path TO public');
    expect(result.facts.migrations!.length).toBeGreaterThan(0);
    for (const migration of result.facts.migrations!) {
      const sql = readFileSync(path.join(root, migration.file), 'utf8');
      const bytes = Buffer.from(sql, 'utf8');
      for (const raw of parseSync(sql).stmts ?? []) {
        const start = raw.stmt_location ?? 0;
        await db.exec(bytes.subarray(start, raw.stmt_len ? start + raw.stmt_len : bytes.length).toString('utf8'));
      }
    }
    expect(comparableSchema(result.facts.migratedSchema!)).toEqual(comparableSchema(await readCatalog(db)));
  });
});
