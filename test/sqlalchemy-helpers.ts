import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config, ModelsConfig } from '../src/config/types.js';
import type { ModelFacts, SourceFile } from '../src/frontends/types.js';
import { sqlalchemyFrontend } from '../src/frontends/python/models.js';
import type { Column, ModelClass } from '../src/facts.js';
import { testConfig } from './helpers/config.js';

/** A config with only what the SQLAlchemy frontend reads. */
export function modelsConfig(models: Partial<ModelsConfig> = {}, defaultSchema = 'public'): Config {
  return testConfig('/project', { file: null, models: { orm: 'sqlalchemy', include: ['**/*.py'], exclude: [], registry: [], bases: [], tableNaming: 'as-declared', ...models }, defaultSchema });
}

/** Runs the frontend over in-memory files: `{ 'app/models/x.py': source }`. */
export async function extract(files: Record<string, string>, models: Partial<ModelsConfig> = {}, defaultSchema = 'public'): Promise<ModelFacts> {
  const sources: SourceFile[] = Object.entries(files).map(([p, text]) => ({ path: p, text: dedent(text) }));
  return sqlalchemyFrontend.extract(sources, modelsConfig(models, defaultSchema));
}

/** Strips the common indentation so fixtures can be written inline. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/u, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */u)![0].length);
  const min = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n');
}

/** Every .py file under `root/dir`, with paths relative to root. */
export function readPythonFiles(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith('.py')) out.push({ path: path.relative(root, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(root, dir));
  return out;
}

export function model(facts: ModelFacts, className: string, file?: string): ModelClass {
  const found = facts.models.find((m) => m.className === className && (!file || m.location.file === file));
  if (!found) throw new Error(`no model ${className}; models: ${facts.models.map((m) => m.className).join(', ')}`);
  return found;
}

export function column(facts: ModelFacts, tableKey: string, name: string): Column {
  const table = facts.schema.tables.get(tableKey);
  if (!table) throw new Error(`no table ${tableKey}; tables: ${[...facts.schema.tables.keys()].join(', ')}`);
  const found = table.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name} in ${tableKey}: ${table.columns.map((c) => c.name).join(', ')}`);
  return found;
}

/** The comparable fields of a column (what `inspect` prints). */
export function columnFacts(c: Column): Record<string, unknown> {
  return { name: c.name, type: c.type, nullable: c.nullable, primaryKey: c.primaryKey, unique: c.unique, index: c.index, foreignKey: c.foreignKey ? { table: c.foreignKey.table, column: c.foreignKey.column } : null, default: c.default };
}
