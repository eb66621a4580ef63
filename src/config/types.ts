import type { SeverityOrOff } from '../engine/diagnostic.js';

export type Orm = 'sqlalchemy' | 'typeorm' | 'drizzle' | 'prisma';
export type MigrationKind = 'alembic' | 'sql' | 'typeorm' | 'drizzle' | 'prisma';

export interface ModelsConfig {
  orm: Orm;
  include: string[];
  exclude: string[];
  registry: string[];
  /** Fully qualified declarative bases; empty = found automatically. */
  bases: string[];
  tableNaming: 'as-declared' | 'snake_case';
  /** The schema of model tables that name none; the top-level defaultSchema when unset. */
  defaultSchema?: string;
}

export interface MigrationsConfig {
  kind: MigrationKind;
  include: string[];
  exclude: string[];
}

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** The validated config with defaults applied (DESIGN.md "Config"). */
export interface Config {
  /** Absolute path of the config file, or null when run without one. */
  file: string | null;
  /** Absolute project root. */
  root: string;
  models: ModelsConfig | null;
  migrations: MigrationsConfig | null;
  dialect: 'postgres';
  defaultSchema: string;
  /**
   * The database schemas this config owns (`schemas:`); tables of other schemas are neither
   * required nor reported. Null or absent: every schema. Optional in the type so that facts built
   * by hand (tests, the Action) need not name it; loadConfig always sets it.
   */
  schemas?: string[] | null;
  rules: Record<string, RuleSetting>;
  plugins: string[];
  /**
   * The configured plugins this run was not allowed to load (the Action without `allow-plugins`);
   * their rules did not run, so suppressions naming a plugin rule are not reported as unused.
   */
  pluginsNotRun?: string[];
  baseline: string | null;
  /** Files larger than this are skipped with a diagnostic. */
  maxFileBytes: number;
  /**
   * Where some keys are written in the config file (`models.include` → line/column of its value),
   * so findings about the configuration itself point at the line to fix.
   */
  keyPositions?: Record<string, { line: number; column: number }>;
}
