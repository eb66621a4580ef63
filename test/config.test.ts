import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type LoadConfigOptions } from '../src/config/load.js';
import { closestName, didYouMean, editDistance } from '../src/config/suggest.js';
import { builtinRules } from '../rules/index.js';
import type { Config } from '../src/config/types.js';
import { defineRule, type RuleDefinition } from '../src/engine/rule.js';

const FIXTURES = path.resolve(__dirname, '../fixtures/config');

/** Rules with option schemas, so option validation is tested without depending on rules/. */
const testRules = [
  defineRule({
    id: 'orphan-table',
    meta: { description: 'A table no model maps.', defaultSeverity: 'warning' },
    messages: { orphan: 'orphan {{table}}' },
    options: {
      type: 'object',
      properties: { ignore: { type: 'array', items: { type: 'string' }, description: 'Table globs to ignore.' } },
      additionalProperties: false,
    },
    defaultOptions: { ignore: ['alembic_version'] },
    check() {},
  }),
  defineRule({
    id: 'schema-drift',
    meta: { description: 'Models and migrations disagree.', defaultSeverity: 'error' },
    messages: { drift: 'drift' },
    options: {
      type: 'object',
      properties: {
        ignoreColumns: { type: 'array', items: { type: 'string' } },
        compare: { type: 'string', enum: ['strict', 'loose'] },
        checkDefaults: { type: 'boolean' },
        maxReported: { type: 'number' },
      },
      additionalProperties: false,
    },
    defaultOptions: { ignoreColumns: [], compare: 'strict', checkDefaults: true },
    check() {},
  }),
  defineRule({
    id: 'brand-new-rule',
    meta: { description: 'Not in DESIGN.md, only in builtinRules.', defaultSeverity: 'notice' },
    messages: { x: 'x' },
    check() {},
  }),
] as RuleDefinition<Record<string, unknown>>[];

const DEFAULT_RULES: Config['rules'] = {
  'brand-new-rule': { severity: 'notice', options: {} },
  'duplicate-class-name': { severity: 'warning', options: {} },
  'duplicate-table-name': { severity: 'error', options: {} },
  'foreign-key-target': { severity: 'error', options: {} },
  'migration-graph': { severity: 'error', options: {} },
  'missing-migration': { severity: 'error', options: {} },
  'model-base': { severity: 'error', options: {} },
  'orphan-table': { severity: 'warning', options: { ignore: ['alembic_version'] } },
  'parse-error': { severity: 'error', options: {} },
  'schema-drift': { severity: 'error', options: { ignoreColumns: [], compare: 'strict', checkDefaults: true } },
  'unimported-model': { severity: 'warning', options: {} },
  unresolved: { severity: 'notice', options: {} },
};

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ormlint-config-')));
  tempDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `.ormlint.yml` with `text` into a fresh folder and loads it from there. */
function load(text: string, options: Partial<LoadConfigOptions> = {}): Config {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '.ormlint.yml'), text);
  return loadConfig({ cwd: dir, ruleDefinitions: testRules, ...options });
}

/** The ConfigError message `text` produces; fails the test when it loads. */
function errorOf(text: string, options: Partial<LoadConfigOptions> = {}): string {
  try {
    load(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('expected a ConfigError');
}

/** Asserts `load` throws a ConfigError with exactly `message`. */
function expectConfigError(load: () => unknown, message: string): void {
  let thrown: unknown = null;
  try {
    load();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  expect((thrown as ConfigError).message).toBe(message);
}

describe('loadConfig: a valid config', () => {
  it('reads every key of a full config and fills the rest', () => {
    const dir = path.join(FIXTURES, 'full');
    const config = loadConfig({ cwd: dir, ruleDefinitions: testRules });
    expect(config).toEqual({
      file: path.join(dir, '.ormlint.yml'),
      root: dir,
      models: {
        orm: 'sqlalchemy',
        include: ['app/models/**/*.py', 'app/extra.py'],
        exclude: ['app/models/legacy/', '!app/models/legacy/keep.py'],
        registry: ['app/models/__init__.py'],
        bases: ['app.models.base.Base'],
        tableNaming: 'snake_case',
      },
      migrations: { kind: 'alembic', include: ['migrations/versions/*.py'], exclude: ['migrations/versions/__init__.py'] },
      dialect: 'postgres',
      defaultSchema: 'app',
      schemas: null,
      rules: {
        ...DEFAULT_RULES,
        'duplicate-class-name': { severity: 'warning', options: {} },
        'orphan-table': { severity: 'warning', options: { ignore: ['legacy_*'] } },
        'schema-drift': { severity: 'error', options: { ignoreColumns: ['*.updated_at'], compare: 'strict', checkDefaults: true } },
        unresolved: { severity: 'off', options: {} },
        'acme/no-raw-sql': { severity: 'notice', options: { strict: true } },
      },
      plugins: ['plugins/acme.mjs'],
      baseline: '.ormlint-baseline.json',
      maxFileBytes: 2097152,
      keyPositions: {
        models: { line: 3, column: 3 },
        'models.include': { line: 4, column: 12 },
        'models.registry': { line: 6, column: 13 },
        migrations: { line: 10, column: 3 },
        'migrations.include': { line: 11, column: 12 },
      },
    } satisfies Config);
  });

  it('loads the full config against the real built-in rules, one entry per rule', () => {
    const config = loadConfig({ cwd: path.join(FIXTURES, 'full') });
    for (const rule of builtinRules) {
      expect(config.rules[rule.id]?.severity, rule.id).toBe(
        rule.id === 'duplicate-class-name' || rule.id === 'orphan-table' ? 'warning' : rule.id === 'schema-drift' ? 'error' : rule.id === 'unresolved' ? 'off' : rule.meta.defaultSeverity,
      );
    }
    const orphanDefaults = builtinRules.find((rule) => rule.id === 'orphan-table')?.defaultOptions ?? {};
    expect(config.rules['orphan-table'].options).toEqual({ ...orphanDefaults, ignore: ['legacy_*'] });
    expect(config.rules['acme/no-raw-sql']).toEqual({ severity: 'notice', options: { strict: true } });
  });

  it('leaves out models when only migrations are configured, and defaults the rest', () => {
    const dir = path.join(FIXTURES, 'minimal');
    const config = loadConfig({ cwd: dir, ruleDefinitions: testRules });
    expect(config.models).toBeNull();
    expect(config.migrations).toEqual({ kind: 'sql', include: ['migrations/**/*.sql'], exclude: [] });
    expect(config.rules).toEqual(DEFAULT_RULES);
    expect(config.plugins).toEqual([]);
    expect(config.baseline).toBeNull();
    expect(config.maxFileBytes).toBe(1048576);
    expect(config.defaultSchema).toBe('public');
  });

  it('uses SQLAlchemy + Alembic defaults when there is no config file', () => {
    const dir = tempDir();
    expect(loadConfig({ cwd: dir, ruleDefinitions: testRules })).toEqual({
      file: null,
      root: dir,
      models: {
        orm: 'sqlalchemy',
        include: ['app/models/**/*.py'],
        exclude: [],
        registry: ['app/models/__init__.py'],
        bases: [],
        tableNaming: 'as-declared',
      },
      migrations: { kind: 'alembic', include: ['migrations/versions/*.py', 'alembic/versions/*.py'], exclude: [] },
      dialect: 'postgres',
      defaultSchema: 'public',
      schemas: null,
      rules: DEFAULT_RULES,
      plugins: [],
      baseline: null,
      maxFileBytes: 1048576,
    } satisfies Config);
  });

  it('derives the registry from the first include glob and the migration kind from the orm', () => {
    const config = load('models:\n  include: ["src/models/**/*.py"]\nmigrations: {}\n');
    expect(config.models?.registry).toEqual(['src/models/__init__.py']);
    expect(config.migrations?.kind).toBe('alembic');
    const single = load('models:\n  include: ["app/models.py"]\n');
    expect(single.models?.registry).toEqual(['app/models.py']);
    const typeorm = load('models:\n  orm: typeorm\nmigrations: {}\n');
    expect(typeorm.models).toEqual({ orm: 'typeorm', include: ['src/**/*.entity.ts'], exclude: [], registry: [], bases: [], tableNaming: 'as-declared' });
    expect(typeorm.migrations).toEqual({ kind: 'typeorm', include: ['src/migrations/*.ts'], exclude: [] });
  });

  it('resolves YAML anchors and aliases', () => {
    const config = load('models:\n  include: &globs ["db/**/*.py"]\nmigrations:\n  include: *globs\n');
    expect(config.migrations?.include).toEqual(['db/**/*.py']);
  });

  it('makes absolute paths inside the root relative and normalizes ./', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), `baseline: ${JSON.stringify(path.join(dir, 'ci', 'baseline.json'))}\nplugins: ["./plugins/../plugins/a.mjs"]\n`);
    const config = loadConfig({ cwd: dir, ruleDefinitions: testRules });
    expect(config.baseline).toBe('ci/baseline.json');
    expect(config.plugins).toEqual(['plugins/a.mjs']);
  });

  it('gives every built-in rule an entry and merges options over the defaults', () => {
    const config = load('rules:\n  schema-drift: { compare: loose }\n  orphan-table: notice\n');
    expect(config.rules['schema-drift']).toEqual({ severity: 'error', options: { ignoreColumns: [], compare: 'loose', checkDefaults: true } });
    expect(config.rules['orphan-table']).toEqual({ severity: 'notice', options: { ignore: ['alembic_version'] } });
    expect(Object.keys(config.rules).sort()).toEqual(Object.keys(DEFAULT_RULES).sort());
  });

  it('accepts documented rule ids that builtinRules does not define yet, options unchecked', () => {
    const config = load('rules:\n  model-base: { severity: warning, allowMixins: [Mixin] }\n');
    expect(config.rules['model-base']).toEqual({ severity: 'warning', options: { allowMixins: ['Mixin'] } });
  });

  it('validates options of every type when the rule declares them', () => {
    const config = load('rules:\n  schema-drift: { checkDefaults: false, maxReported: 5, ignoreColumns: ["a.b"] }\n');
    expect(config.rules['schema-drift'].options).toEqual({ ignoreColumns: ['a.b'], compare: 'strict', checkDefaults: false, maxReported: 5 });
  });
});

describe('loadConfig: finding the file and the root', () => {
  it('prefers .ormlint.yml, falls back to .ormlint.yaml', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.ormlint.yaml'), 'defaultSchema: from_yaml\n');
    expect(loadConfig({ cwd: dir, ruleDefinitions: testRules }).defaultSchema).toBe('from_yaml');
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'defaultSchema: from_yml\n');
    expect(loadConfig({ cwd: dir, ruleDefinitions: testRules }).defaultSchema).toBe('from_yml');
  });

  it('takes the root from --root, else the config folder, else cwd', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'service', 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'service', 'ormlint.yml'), 'defaultSchema: s\n');
    const fromFile = loadConfig({ cwd: dir, configPath: 'service/ormlint.yml', ruleDefinitions: testRules });
    expect(fromFile.file).toBe(path.join(dir, 'service', 'ormlint.yml'));
    expect(fromFile.root).toBe(path.join(dir, 'service'));
    const fromOption = loadConfig({ cwd: dir, configPath: 'service/ormlint.yml', root: 'service/src', ruleDefinitions: testRules });
    expect(fromOption.root).toBe(path.join(dir, 'service', 'src'));
    expect(loadConfig({ cwd: path.join(dir, 'service', 'src'), ruleDefinitions: testRules }).root).toBe(path.join(dir, 'service', 'src'));
  });

  it('reports a --config that does not exist and a --root that is not a folder', () => {
    const dir = tempDir();
    expectConfigError(() => loadConfig({ cwd: dir, configPath: 'nope.yml' }), 'nope.yml: config file not found');
    expectConfigError(() => loadConfig({ cwd: dir, root: 'missing' }), '--root missing: no such folder');
  });

  it('names a config outside the working folder by its absolute path', () => {
    const dir = tempDir();
    const other = tempDir();
    fs.writeFileSync(path.join(other, 'c.yml'), 'modles: {}\n');
    expectConfigError(() => loadConfig({ cwd: dir, configPath: path.join(other, 'c.yml') }), `${path.join(other, 'c.yml')}:1:1: unknown key "modles" at top level. Did you mean "models"?`);
  });
});

describe('loadConfig: errors name file, line, column and key', () => {
  it('unknown top-level key, with a suggestion', () => {
    expect(errorOf('# config\nmodels:\n  orm: sqlalchemy\nmodles:\n  include: []\n')).toBe(
      '.ormlint.yml:4:1: unknown key "modles" at top level. Did you mean "models"?',
    );
  });

  it('unknown top-level key without a close match lists the known keys', () => {
    expect(errorOf('colour: blue\n')).toBe(
      '.ormlint.yml:1:1: unknown key "colour" at top level; known keys: models, migrations, dialect, defaultSchema, schemas, rules, plugins, baseline, maxFileBytes',
    );
  });

  it('unknown nested key', () => {
    expect(errorOf('migrations:\n  kind: alembic\n  incldue: ["x/*.py"]\n')).toBe(
      '.ormlint.yml:3:3: unknown key "incldue" in migrations. Did you mean "include"?',
    );
  });

  it('the ConfigError carries file, line and column', () => {
    try {
      load('models:\n  tableNaming: snake\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ file: '.ormlint.yml', line: 2, column: 16 });
      expect((error as Error).message).toBe(
        '.ormlint.yml:2:16: models.tableNaming must be one of "as-declared", "snake_case" (got "snake"). Did you mean "snake_case"?',
      );
    }
  });

  it('an enum value that is not allowed', () => {
    expect(errorOf('models:\n  orm: django\n')).toBe(
      '.ormlint.yml:2:8: models.orm must be one of "sqlalchemy", "typeorm", "drizzle", "prisma" (got "django")',
    );
    expect(errorOf('dialect: mysql\n')).toBe('.ormlint.yml:1:10: dialect must be one of "postgres" (got "mysql")');
  });

  it('a list of strings given something else', () => {
    expect(errorOf('migrations:\n  include: 3\n')).toBe('.ormlint.yml:2:12: migrations.include must be a list of strings (got a number)');
    expect(errorOf('migrations:\n  include: "a/*.py"\n')).toBe('.ormlint.yml:2:12: migrations.include must be a list of strings (got a string)');
    expect(errorOf('models:\n  bases:\n    - app.Base\n    - { name: x }\n')).toBe('.ormlint.yml:4:7: models.bases[1] must be a string (got a mapping)');
    expect(errorOf('models:\n  include: []\n')).toBe(
      '.ormlint.yml:2:12: models.include is empty: list at least one glob, or leave the key out for the default',
    );
    expect(errorOf('models:\n  include: ["!app/x.py"]\n')).toBe(
      '.ormlint.yml:2:13: models.include[0] "!app/x.py" starts with "!": list files to leave out under an exclude key instead',
    );
  });

  it('a section left empty or given the wrong shape', () => {
    expect(errorOf('models:\nmigrations: {}\n')).toBe(
      '.ormlint.yml:1:1: models must be a mapping of keys (orm, include, exclude, registry, bases, tableNaming, defaultSchema) (got an empty value)',
    );
    expect(errorOf('migrations: [a]\n')).toBe('.ormlint.yml:1:13: migrations must be a mapping of keys (kind, include, exclude) (got a list)');
    expect(errorOf('defaultSchema: 3\n')).toBe('.ormlint.yml:1:16: defaultSchema must be a string (got a number)');
  });

  it('maxFileBytes must be a positive whole number', () => {
    expect(errorOf('maxFileBytes: 2MB\n')).toBe('.ormlint.yml:1:15: maxFileBytes must be a whole number (got a string)');
    expect(errorOf('maxFileBytes: 0\n')).toBe('.ormlint.yml:1:15: maxFileBytes must be a whole number of at least 1 (got 0)');
    expect(errorOf('maxFileBytes: 1.5\n')).toBe('.ormlint.yml:1:15: maxFileBytes must be a whole number of at least 1 (got 1.5)');
  });

  it('bad YAML reports the parser message and position', () => {
    expect(errorOf('models:\n  include: [a\n')).toBe(
      '.ormlint.yml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    expect(errorOf('rules:\n  orphan-table: off\n  orphan-table: error\n')).toBe('.ormlint.yml:3:3: invalid YAML: Map keys must be unique');
  });

  it('an empty file, a comment-only file, a top level that is not a mapping', () => {
    const empty = '.ormlint.yml:1:1: the config file is empty: configure "models" and/or "migrations", or delete the file to use the defaults';
    expect(errorOf('')).toBe(empty);
    expect(errorOf('# nothing yet\n')).toBe(empty);
    expect(errorOf('- models\n- rules\n')).toBe(
      '.ormlint.yml:1:1: the top level must be a mapping of keys (models, migrations, dialect, defaultSchema, schemas, rules, plugins, baseline, maxFileBytes) (got a list)',
    );
    expect(errorOf('just text\n')).toBe(
      '.ormlint.yml:1:1: the top level must be a mapping of keys (models, migrations, dialect, defaultSchema, schemas, rules, plugins, baseline, maxFileBytes) (got a string)',
    );
  });
});

describe('loadConfig: rules', () => {
  it('an unknown rule id, with a suggestion', () => {
    expect(errorOf('rules:\n  orphan-tabel: warning\n')).toBe('.ormlint.yml:2:3: "rules.orphan-tabel" is not a rule. Did you mean "orphan-table"?');
  });

  it('an unknown rule id without a close match lists the rules', () => {
    expect(errorOf('rules:\n  no-such-thing: error\n')).toBe(
      '.ormlint.yml:2:3: "rules.no-such-thing" is not a rule. Built-in rules: brand-new-rule, duplicate-class-name, duplicate-table-name, foreign-key-target, migration-graph, missing-migration, model-base, orphan-table, parse-error, schema-drift, unimported-model, unresolved; plugin rules are written "plugin/rule".',
    );
  });

  it('a severity that is not one', () => {
    expect(errorOf('rules:\n  orphan-table: warn\n')).toBe(
      '.ormlint.yml:2:17: rules.orphan-table must be one of "error", "warning", "notice", "off" (got "warn"). Did you mean "warning"?',
    );
    expect(errorOf('rules:\n  orphan-table: { severity: fatal }\n')).toBe(
      '.ormlint.yml:2:29: rules.orphan-table.severity must be one of "error", "warning", "notice", "off" (got "fatal")',
    );
    expect(errorOf('rules:\n  orphan-table: 2\n')).toBe(
      '.ormlint.yml:2:17: rules.orphan-table must be a severity ("error", "warning", "notice", "off") or a mapping { severity, ...options } (got a number)',
    );
  });

  it('rule options: enum, type, unknown name', () => {
    expect(errorOf('rules:\n  schema-drift:\n    compare: exact\n')).toBe(
      '.ormlint.yml:3:14: rules.schema-drift.compare must be one of "strict", "loose" (got "exact")',
    );
    expect(errorOf('rules:\n  orphan-table: { ignore: legacy_* }\n')).toBe(
      '.ormlint.yml:2:27: rules.orphan-table.ignore must be a list of strings (got a string)',
    );
    expect(errorOf('rules:\n  orphan-table: { ignore: [1] }\n')).toBe('.ormlint.yml:2:28: rules.orphan-table.ignore[0] must be a string (got a number)');
    expect(errorOf('rules:\n  schema-drift: { checkDefaults: "no" }\n')).toBe(
      '.ormlint.yml:2:34: rules.schema-drift.checkDefaults must be true or false (got a string)',
    );
    expect(errorOf('rules:\n  schema-drift: { maxReported: many }\n')).toBe(
      '.ormlint.yml:2:32: rules.schema-drift.maxReported must be a number (got a string)',
    );
    expect(errorOf('rules:\n  orphan-table:\n    severity: warning\n    ignor: [x]\n')).toBe(
      '.ormlint.yml:4:5: unknown option "ignor" in rules.orphan-table. Did you mean "ignore"?',
    );
    expect(errorOf('rules:\n  orphan-table: { tables: [x] }\n')).toBe(
      '.ormlint.yml:2:19: unknown option "tables" in rules.orphan-table. Known options: severity, ignore.',
    );
  });

  it('a misspelt severity is caught even where options are not checked', () => {
    expect(errorOf('rules:\n  model-base: { severty: off }\n')).toBe(
      '.ormlint.yml:2:17: unknown option "severty" in rules.model-base. Did you mean "severity"?',
    );
  });

  it('plugin rule ids are accepted and need a severity', () => {
    const config = load('rules:\n  acme/no-foo: warning\n  acme/no-bar: { severity: off, depth: 2 }\n');
    expect(config.rules['acme/no-foo']).toEqual({ severity: 'warning', options: {} });
    expect(config.rules['acme/no-bar']).toEqual({ severity: 'off', options: { depth: 2 } });
    expect(errorOf('rules:\n  acme/no-foo: { depth: 2 }\n')).toBe(
      '.ormlint.yml:2:16: rules.acme/no-foo needs a severity ("error", "warning", "notice", "off"): a plugin rule\'s default is not known before the plugin loads',
    );
  });
});

describe('loadConfig: paths stay inside the root', () => {
  it('rejects a baseline, plugin or include that leaves the root', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'baseline: ../baseline.json\n');
    expectConfigError(() => loadConfig({ cwd: dir }), `.ormlint.yml:1:11: baseline "../baseline.json" is outside the project root ${dir}: paths are relative to the root and may not leave it`);
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'plugins:\n  - plugins/ok.mjs\n  - ../shared/**/*.mjs\n');
    expectConfigError(() => loadConfig({ cwd: dir }), `.ormlint.yml:3:5: plugins[1] "../shared/**/*.mjs" is outside the project root ${dir}: paths are relative to the root and may not leave it`);
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'plugins: ["/etc/evil.mjs"]\n');
    expectConfigError(() => loadConfig({ cwd: dir }), `.ormlint.yml:1:11: plugins[0] "/etc/evil.mjs" is outside the project root ${dir}: paths are relative to the root and may not leave it`);
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'models:\n  include: ["a/../../b/*.py"]\n');
    expectConfigError(() => loadConfig({ cwd: dir }), `.ormlint.yml:2:13: models.include[0] "a/../../b/*.py" is outside the project root ${dir}: paths are relative to the root and may not leave it`);
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'migrations:\n  exclude: ["!../x"]\n');
    expectConfigError(() => loadConfig({ cwd: dir }), '.ormlint.yml:2:13: migrations.exclude[0] "!../x" reaches outside the project root: exclude patterns are relative to the root and may not contain ".."');
  });

  it('checks against --root when given', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'svc'));
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'baseline: svc/b.json\n');
    expect(loadConfig({ cwd: dir }).baseline).toBe('svc/b.json');
    expect(loadConfig({ cwd: dir, root: 'svc' }).baseline).toBe('svc/b.json');
    fs.writeFileSync(path.join(dir, '.ormlint.yml'), 'baseline: ../b.json\n');
    expectConfigError(() => loadConfig({ cwd: dir, root: 'svc' }), `.ormlint.yml:1:11: baseline "../b.json" is outside the project root ${path.join(dir, 'svc')}: paths are relative to the root and may not leave it`);
  });
});

describe('suggest', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('modles', 'models')).toBe(1);
    expect(editDistance('orphan-tabel', 'orphan-table')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests the closest plausible name, or none', () => {
    expect(closestName('Models', ['models', 'migrations'])).toBe('models');
    expect(closestName('warn', ['error', 'warning', 'notice', 'off'])).toBe('warning');
    expect(closestName('django', ['sqlalchemy', 'typeorm', 'drizzle', 'prisma'])).toBeNull();
    expect(didYouMean('migratons', ['models', 'migrations'])).toBe(' Did you mean "migrations"?');
    expect(didYouMean('zzz', ['models'])).toBe('');
  });
});
