import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { testConfig } from './config.js';
import type { SourceFile } from '../../src/frontends/types.js';

/** Root of the Alembic fixture projects (`fixtures/alembic/<case>/migrations/versions/*.py`). */
export const ALEMBIC_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'alembic');

/** Every .py file of a fixture's versions folder, as discovery would hand them to the frontend. */
export function alembicFixtureFiles(name: string): SourceFile[] {
  const root = join(ALEMBIC_FIXTURES, name);
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.py') && dir.endsWith('versions')) out.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** A migrations-only config with the defaults the loader would apply. */
export const ALEMBIC_CONFIG = testConfig(ALEMBIC_FIXTURES, {
  file: null,
  migrations: { kind: 'alembic', include: ['migrations/versions/*.py'], exclude: [] },
});
