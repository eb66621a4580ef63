/**
 * Each ORM's parser is its own bundle chunk, loaded only when the config names that ORM: a
 * Python-only run loads neither the TypeScript parser (typescript-estree + typescript, ~10 MB)
 * nor the Prisma grammar, and a Prisma run does not load the TypeScript parser.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const repo = path.resolve(__dirname, '..');
// The bundle built from this source for the test run (test/setup/build.ts), as a process: the
// load hook sees every module it loads.
const cli = path.join(inject('bundleDir'), 'cli.mjs');
const hook = path.join(repo, 'test/helpers/registerLoadHook.mjs');

/** Which parsers the dist modules a `check` of `fixture` loads contain. */
function parsersLoaded(fixture: string): string[] {
  const run = spawnSync(process.execPath, ['--import', hook, cli, 'check', '--config', path.join(repo, fixture, '.ormlint.yml'), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const modules = run.stderr.split('\n').filter((l) => l.startsWith('ormlint-loaded ')).map((l) => l.slice('ormlint-loaded '.length));
  expect(modules.length).toBeGreaterThan(1);
  const found = new Set<string>();
  for (const file of modules) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('@typescript-eslint/typescript-estree') || text.includes('createSourceFile')) found.add('typescript');
    if (text.includes('PrismaParser')) found.add('prisma');
  }
  return [...found].sort();
}

describe('a run loads the parsers of the ORMs its config names, and no others', () => {
  it('SQLAlchemy + Alembic: no TypeScript parser, no Prisma grammar', () => {
    expect(parsersLoaded('fixtures/realworld/flask-microblog')).toEqual([]);
  });
  it('Prisma: the Prisma grammar only', () => {
    expect(parsersLoaded('fixtures/ts-orms/prisma-blog')).toEqual(['prisma']);
  });
  it('Drizzle: the TypeScript parser', () => {
    expect(parsersLoaded('fixtures/ts-orms/drizzle-blog')).toEqual(['typescript']);
  });
});
