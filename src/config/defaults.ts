import type { Severity } from '../engine/diagnostic.js';
import type { MigrationKind, Orm } from './types.js';

/** Files above 1 MiB are almost always generated or vendored; reading them only slows the run. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** A config file is a few kilobytes; anything near this is not one (and is never read whole). */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** A baseline entry takes about 200 bytes: room for some 40,000 accepted findings. */
export const BASELINE_MAX_BYTES = 8 * 1024 * 1024;

/** Looked for in the working folder, in this order, when no --config is given. */
export const CONFIG_FILE_NAMES = ['.ormlint.yml', '.ormlint.yaml'] as const;

export const ORMS: readonly Orm[] = ['sqlalchemy', 'typeorm', 'drizzle', 'prisma'];
export const MIGRATION_KINDS: readonly MigrationKind[] = ['alembic', 'sql', 'typeorm', 'drizzle', 'prisma'];
export const SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
export const TABLE_NAMINGS = ['as-declared', 'snake_case'] as const;
export const DIALECTS = ['postgres'] as const;

/**
 * The rule ids DESIGN.md promises, with their default severities. The rule definitions in
 * rules/index.ts are the real source; this table keeps those ids valid in .ormlint.yml while a rule
 * is not (yet) in builtinRules, so a config written against the documented contract never breaks.
 */
export const DOCUMENTED_RULES: readonly { id: string; defaultSeverity: Severity; description: string }[] = [
  { id: 'duplicate-class-name', defaultSeverity: 'warning', description: 'One model class name defined in two or more files.' },
  { id: 'duplicate-table-name', defaultSeverity: 'error', description: 'Two mapped classes map to one table.' },
  { id: 'unimported-model', defaultSeverity: 'warning', description: 'A model class the registry never reaches, so the app and Alembic autogenerate never see it.' },
  { id: 'missing-migration', defaultSeverity: 'error', description: 'A table in the model schema that no migration creates.' },
  { id: 'orphan-table', defaultSeverity: 'warning', description: 'A table the migrations create that no model maps.' },
  { id: 'schema-drift', defaultSeverity: 'error', description: 'A column, index or foreign key that differs between the models and the migrations.' },
  { id: 'foreign-key-target', defaultSeverity: 'error', description: 'A foreign key to a table or column that neither side defines.' },
  { id: 'model-base', defaultSeverity: 'error', description: 'A model class not derived from a configured declarative base.' },
  { id: 'migration-graph', defaultSeverity: 'error', description: 'Several heads, a dangling down_revision, duplicate revision ids or cycles; SQL: two files with one version.' },
  { id: 'parse-error', defaultSeverity: 'error', description: 'A file that could not be parsed.' },
  { id: 'unresolved', defaultSeverity: 'notice', description: 'Code that cannot be evaluated statically; the tables it touches are marked uncertain.' },
];

/** Where each ORM keeps its models in a conventional layout. */
export const DEFAULT_MODEL_INCLUDE: Record<Orm, string[]> = {
  sqlalchemy: ['app/models/**/*.py'],
  typeorm: ['src/**/*.entity.ts'],
  drizzle: ['src/db/schema.ts', 'src/db/schema/**/*.ts'],
  prisma: ['prisma/schema.prisma'],
};

/** Where each migration tool writes its migrations by default. */
export const DEFAULT_MIGRATION_INCLUDE: Record<MigrationKind, string[]> = {
  alembic: ['migrations/versions/*.py', 'alembic/versions/*.py'],
  sql: ['migrations/**/*.sql'],
  typeorm: ['src/migrations/*.ts'],
  drizzle: ['drizzle/*.sql'],
  prisma: ['prisma/migrations/*/migration.sql'],
};

/** The migration tool that usually goes with an ORM, used when `migrations.kind` is left out. */
export const DEFAULT_MIGRATION_KIND: Record<Orm, MigrationKind> = {
  sqlalchemy: 'alembic',
  typeorm: 'typeorm',
  drizzle: 'drizzle',
  prisma: 'prisma',
};

export const DEFAULT_SQLALCHEMY_REGISTRY = 'app/models/__init__.py';
