import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildJsonSchema, configSchema, knownRules, renderJsonSchema } from '../src/config/schema.js';
import { defineRule, type RuleDefinition } from '../src/engine/rule.js';

const SCHEMA_FILE = path.resolve(__dirname, '../schema/ormlint.schema.json');
const FIXTURES = path.resolve(__dirname, '../fixtures/config');

const testRules = [
  defineRule({
    id: 'orphan-table',
    meta: { description: 'A table no model maps.', defaultSeverity: 'warning' },
    messages: { orphan: 'orphan' },
    options: { type: 'object', properties: { ignore: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    check() {},
  }),
  defineRule({
    id: 'schema-drift',
    meta: { description: 'Models and migrations disagree.', defaultSeverity: 'error' },
    messages: { drift: 'drift' },
    options: {
      type: 'object',
      properties: { ignoreColumns: { type: 'array', items: { type: 'string' } }, compare: { type: 'string', enum: ['strict', 'loose'] } },
      additionalProperties: false,
    },
    check() {},
  }),
] as RuleDefinition<Record<string, unknown>>[];

function validator(schema: object) {
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

describe('schema/ormlint.schema.json', () => {
  it('is the schema generated from src/config/schema.ts', () => {
    const generated = renderJsonSchema();
    if (process.env.UPDATE_SCHEMA) {
      fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
      fs.writeFileSync(SCHEMA_FILE, generated);
    }
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed, 'schema/ormlint.schema.json is stale: run UPDATE_SCHEMA=1 npx vitest run test/config-schema.test.ts').toBe(generated);
  });

  it('is a valid draft-07 schema that accepts the documented configs', () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object;
    const validate = validator(committed);
    expect(validate(parse(fs.readFileSync(path.join(FIXTURES, 'minimal/.ormlint.yml'), 'utf8')))).toBe(true);
    expect(validate({ rules: { 'acme/no-foo': 'warning', 'missing-migration': 'off' }, maxFileBytes: 10 })).toBe(true);
  });

  it('describes every key, so editors can explain it', () => {
    const missing: string[] = [];
    const visit = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const key of ['properties', 'patternProperties'] as const) {
        const children = record[key] as Record<string, Record<string, unknown>> | undefined;
        for (const [name, child] of Object.entries(children ?? {})) {
          if (typeof child.description !== 'string' || child.description === '') missing.push(`${where}.${name}`);
        }
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${where}.${key}`);
    };
    visit(buildJsonSchema(knownRules(testRules)), '$');
    expect(missing).toEqual([]);
    expect(Object.keys(buildJsonSchema().properties as object)).toEqual(Object.keys(configSchema.properties));
  });

  it('rejects what the loader rejects', () => {
    const validate = validator(buildJsonSchema(knownRules(testRules)));
    expect(validate(parse(fs.readFileSync(path.join(FIXTURES, 'full/.ormlint.yml'), 'utf8')))).toBe(true);
    const rejected = (config: unknown) => {
      expect(validate(config)).toBe(false);
      return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    };
    expect(rejected({ modles: {} })).toEqual([' must NOT have additional properties']);
    expect(rejected({ models: { orm: 'django' } })).toEqual(['/models/orm must be equal to one of the allowed values']);
    expect(rejected({ migrations: { include: 3 } })).toEqual(['/migrations/include must be array']);
    expect(rejected({ models: { include: [] } })).toEqual(['/models/include must NOT have fewer than 1 items']);
    expect(rejected({ maxFileBytes: 0 })).toEqual(['/maxFileBytes must be >= 1']);
    expect(rejected({ rules: { 'orphan-tabel': 'warning' } })).toEqual(['/rules must NOT have additional properties']);
    rejected({ rules: { 'orphan-table': 'warn' } });
    rejected({ rules: { 'orphan-table': { ignor: ['x'] } } });
    rejected({ rules: { 'schema-drift': { compare: 'exact' } } });
    rejected({ rules: { 'acme/no-foo': { depth: 1 } } });
  });
});
