/**
 * The one description of `.ormlint.yml`: the loader validates against it and
 * `schema/ormlint.schema.json` (for editor completion) is generated from it, so the two can not
 * disagree. Rule entries come from the rule definitions themselves.
 */
import { builtinRules } from '../../rules/index.js';
import type { Severity } from '../engine/diagnostic.js';
import type { OptionSchema, PropertySchema, RuleDefinition } from '../engine/rule.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MIGRATION_INCLUDE,
  DEFAULT_MODEL_INCLUDE,
  DIALECTS,
  DOCUMENTED_RULES,
  MIGRATION_KINDS,
  ORMS,
  SEVERITIES,
  TABLE_NAMINGS,
} from './defaults.js';

interface NodeBase {
  description: string;
}

/**
 * How a path-like string is checked: `path` and `glob` are relative to the project root and may
 * not leave it; `gitignore` is an exclude pattern (a leading `/` anchors it at the root, `!`
 * negates); `name` is not a path at all (a Python dotted name).
 */
export type PathKind = 'path' | 'glob' | 'gitignore' | 'name';

export interface StringNode extends NodeBase {
  kind: 'string';
  path?: PathKind;
  default?: string;
}
export interface EnumNode extends NodeBase {
  kind: 'enum';
  values: readonly string[];
  default?: string;
}
export interface IntegerNode extends NodeBase {
  kind: 'integer';
  minimum: number;
  default?: number;
}
export interface StringListNode extends NodeBase {
  kind: 'stringList';
  items: PathKind;
  /** An empty list would silently check nothing. */
  nonEmpty?: boolean;
  default?: string[];
}
export interface ObjectNode extends NodeBase {
  kind: 'object';
  properties: Record<string, ConfigNode>;
}
/** `rules:` — rule id → severity, or `{ severity, ...options }`; see knownRules(). */
export interface RulesNode extends NodeBase {
  kind: 'rules';
}
export type ConfigNode = StringNode | EnumNode | IntegerNode | StringListNode | ObjectNode | RulesNode;

const modelsSchema: ObjectNode = {
  kind: 'object',
  description: 'The model side: where the ORM model classes live. Leave out for a migrations-only run.',
  properties: {
    orm: { kind: 'enum', values: ORMS, default: 'sqlalchemy', description: 'The ORM the models are written for.' },
    include: {
      kind: 'stringList',
      items: 'glob',
      nonEmpty: true,
      default: DEFAULT_MODEL_INCLUDE.sqlalchemy,
      description: 'Globs of model files, relative to the project root (default depends on orm; sqlalchemy: app/models/**/*.py).',
    },
    exclude: {
      kind: 'stringList',
      items: 'gitignore',
      default: [],
      description: 'Files to leave out, in .gitignore syntax (a later "!pattern" re-includes).',
    },
    registry: {
      kind: 'stringList',
      items: 'path',
      description:
        'The module(s) whose imports define which models the app loads (default: the __init__.py at the start of the first include glob, app/models/__init__.py).',
    },
    bases: {
      kind: 'stringList',
      items: 'name',
      default: [],
      description: 'Fully qualified declarative base classes, e.g. app.models.base.Base; found automatically when omitted.',
    },
    tableNaming: {
      kind: 'enum',
      values: TABLE_NAMINGS,
      default: 'as-declared',
      description: 'How a computed __tablename__ resolves: as-declared, or snake_case of the class name.',
    },
    defaultSchema: {
      kind: 'string',
      description:
        'The schema of model tables that name none, when it differs from where unqualified migration operations land (top-level defaultSchema): e.g. a chain that runs with search_path set to its own schema beside models shared with another chain.',
    },
  },
};

const migrationsSchema: ObjectNode = {
  kind: 'object',
  description: 'The migration side: where the migrations live. Leave out for a models-only run.',
  properties: {
    kind: {
      kind: 'enum',
      values: MIGRATION_KINDS,
      description: 'The migration tool (default: the one that goes with models.orm; alembic for sqlalchemy).',
    },
    include: {
      kind: 'stringList',
      items: 'glob',
      nonEmpty: true,
      default: DEFAULT_MIGRATION_INCLUDE.alembic,
      description: 'Globs of migration files, relative to the project root (default depends on kind; alembic: migrations/versions/*.py and alembic/versions/*.py).',
    },
    exclude: {
      kind: 'stringList',
      items: 'gitignore',
      default: [],
      description: 'Files to leave out, in .gitignore syntax (a later "!pattern" re-includes).',
    },
  },
};

/** The whole `.ormlint.yml`. */
export const configSchema: ObjectNode = {
  kind: 'object',
  description: 'ormlint configuration: lints ORM models against their migrations.',
  properties: {
    models: modelsSchema,
    migrations: migrationsSchema,
    dialect: { kind: 'enum', values: DIALECTS, default: 'postgres', description: 'The SQL dialect of the database.' },
    defaultSchema: {
      kind: 'string',
      default: 'public',
      description: 'The database schema that unqualified table names belong to.',
    },
    schemas: {
      kind: 'stringList',
      items: 'name',
      nonEmpty: true,
      description:
        'The database schemas this config checks (e.g. [dispatch_core]); tables of other schemas are neither required nor reported. Default: every schema. For code bases whose model files hold the tables of several migration chains.',
    },
    rules: {
      kind: 'rules',
      description: 'Rule id → severity (error, warning, notice, off), or { severity, ...options }. Plugin rules are "plugin/rule".',
    },
    plugins: {
      kind: 'stringList',
      items: 'glob',
      default: [],
      description: 'Paths (or globs) of JS modules exporting rules, relative to the project root. Runs repository code: opt-in.',
    },
    baseline: {
      kind: 'string',
      path: 'path',
      description: 'Baseline file of findings accepted as known debt; only new findings fail. Relative to the project root.',
    },
    maxFileBytes: {
      kind: 'integer',
      minimum: 1,
      default: DEFAULT_MAX_FILE_BYTES,
      description: 'Files larger than this many bytes are skipped with a notice (default 1 MiB).',
    },
  },
};

/** A rule id that .ormlint.yml may configure, merged from builtinRules and DESIGN.md's list. */
export interface KnownRule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Present only when the rule's definition declares its options: then they are validated. */
  options?: OptionSchema;
  defaultOptions: Record<string, unknown>;
}

/** Every configurable built-in rule, sorted by id. */
export function knownRules(definitions: readonly RuleDefinition<Record<string, unknown>>[] = builtinRules): KnownRule[] {
  const byId = new Map<string, KnownRule>();
  for (const rule of DOCUMENTED_RULES) {
    byId.set(rule.id, { id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, defaultOptions: {} });
  }
  for (const rule of definitions) {
    byId.set(rule.id, {
      id: rule.id,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      options: rule.options,
      defaultOptions: { ...(rule.defaultOptions ?? {}) },
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Plugin rule ids are `plugin/rule`: accepted here, checked by the runner once plugins load. */
export function isPluginRuleId(id: string): boolean {
  return id.includes('/');
}

const SCHEMA_ID = 'https://raw.githubusercontent.com/ormlint/ormlint/main/schema/ormlint.schema.json';

type JsonSchema = Record<string, unknown>;

/** Draft-07 JSON Schema of `.ormlint.yml`, the content of schema/ormlint.schema.json. */
export function buildJsonSchema(rules: readonly KnownRule[] = knownRules()): JsonSchema {
  const root = nodeToJsonSchema(configSchema, rules);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'ormlint configuration (.ormlint.yml)',
    ...root,
  };
}

/** Inlined rather than a $ref: draft-07 ignores a description next to $ref, and editors show it. */
function severitySchema(description: string): JsonSchema {
  return { type: 'string', enum: [...SEVERITIES], description };
}

const SEVERITY_HELP = 'error and warning fail the run by default (see --fail-on); notice is informational; off disables the rule.';

/** The JSON file as committed: stable key order, two-space indent, trailing newline. */
export function renderJsonSchema(rules?: readonly KnownRule[]): string {
  return `${JSON.stringify(buildJsonSchema(rules), null, 2)}\n`;
}

function nodeToJsonSchema(node: ConfigNode, rules: readonly KnownRule[]): JsonSchema {
  switch (node.kind) {
    case 'string':
      return withDefault({ type: 'string', minLength: 1, description: node.description }, node.default);
    case 'enum':
      return withDefault({ type: 'string', enum: [...node.values], description: node.description }, node.default);
    case 'integer':
      return withDefault({ type: 'integer', minimum: node.minimum, description: node.description }, node.default);
    case 'stringList':
      return withDefault(
        {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          ...(node.nonEmpty ? { minItems: 1 } : {}),
          description: node.description,
        },
        node.default,
      );
    case 'object':
      return {
        type: 'object',
        description: node.description,
        properties: Object.fromEntries(Object.entries(node.properties).map(([key, child]) => [key, nodeToJsonSchema(child, rules)])),
        additionalProperties: false,
      };
    case 'rules':
      return {
        type: 'object',
        description: node.description,
        properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleToJsonSchema(rule)])),
        patternProperties: {
          '^[^/]+/.+$': {
            description: 'A rule from a plugin ("plugin/rule"); its options are checked when the plugin loads.',
            anyOf: [
              severitySchema(`The rule's severity: ${SEVERITY_HELP}`),
              {
                type: 'object',
                description: 'The severity and the options the plugin rule takes.',
                properties: { severity: severitySchema(`The rule's severity: ${SEVERITY_HELP}`) },
                required: ['severity'],
              },
            ],
          },
        },
        additionalProperties: false,
      };
  }
}

function ruleToJsonSchema(rule: KnownRule): JsonSchema {
  const optionProperties = rule.options
    ? Object.fromEntries(Object.entries(rule.options.properties).map(([name, property]) => [name, optionToJsonSchema(property, `Option "${name}" of ${rule.id}.`)]))
    : {};
  return {
    description: `${rule.description} Default: ${rule.defaultSeverity}.`,
    anyOf: [
      severitySchema(`The rule's severity: ${SEVERITY_HELP}`),
      {
        type: 'object',
        description: `The severity and the options of ${rule.id}.`,
        properties: { severity: severitySchema(`The rule's severity (default ${rule.defaultSeverity}): ${SEVERITY_HELP}`), ...optionProperties },
        // Rules that do not declare their options (yet) accept any; the loader does the same.
        additionalProperties: !rule.options,
      },
    ],
  };
}

function optionToJsonSchema(property: PropertySchema, fallbackDescription: string): JsonSchema {
  const description = property.description ?? fallbackDescription;
  switch (property.type) {
    case 'string':
      return property.enum ? { type: 'string', enum: [...property.enum], description } : { type: 'string', description };
    case 'boolean':
    case 'number':
      return { type: property.type, description };
    case 'array':
      return { type: 'array', items: optionToJsonSchema(property.items, fallbackDescription), description };
  }
}

function withDefault(schema: JsonSchema, value: unknown): JsonSchema {
  return value === undefined ? schema : { ...schema, default: value };
}
