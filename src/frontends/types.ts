import type { Config } from '../config/types.js';
import type { FixHints, FrontendProblem, JournalMismatch, MigratedBases, MigrationGraph, ModelCapabilities, MigrationInfo, ModelClass, Registry, Schema, SchemaBootstrap, SourceLocation } from '../facts.js';
import type { SchemaOperation } from '../operations.js';

/** A project file, read once by discovery; frontends never touch the file system themselves. */
export interface SourceFile {
  /** Relative to the project root, with `/`. */
  path: string;
  text: string;
}

/**
 * Every project file a frontend may need beyond its configured ones, read only on demand (an
 * import that reaches a module outside `models.include`). `read` returns null for a path that is
 * not listed, not a regular file under the root, or too large.
 */
export interface ProjectSources {
  /** Relative to the project root, with `/`, sorted. */
  paths: string[];
  read(path: string): string | null;
}

/** A comment a frontend's tokenizer found (delimiters included), for suppression directives. */
export interface SourceComment {
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What a model frontend (SQLAlchemy, TypeORM, ...) extracts from the model files. */
export interface ModelFacts {
  models: ModelClass[];
  /** Null when the ORM has no registry notion or none is configured. */
  registry: Registry | null;
  /** The tables the mapped (non-abstract) models declare. */
  schema: Schema;
  problems: FrontendProblem[];
  /** The create_all + alembic stamp bootstrap, when found in the project's code. */
  bootstrap?: SchemaBootstrap | null;
  /** Tables classes built at run time may map (SQLAlchemy `type(...)` with a `__tablename__`). */
  dynamicTables?: { pattern: string; location: SourceLocation }[];
  /** The bases Alembic's env.py migrates (SQLAlchemy, when `models.bases` is not configured). */
  migratedBases?: MigratedBases | null;
  /** What this ORM can know (absent: SQLAlchemy, which knows all that rules ask). */
  capabilities?: ModelCapabilities;
  /** The ORM's wording of fixes (absent: SQLAlchemy / Alembic). */
  fixHints?: FixHints;
  /**
   * The comments of the files that may hold suppression directives, by path, as the frontend's
   * own parser found them (see comments.ts): suppressions are read from these alone.
   */
  comments?: Map<string, SourceComment[]>;
}

/** What a migration frontend extracts: the migrations in replay order and their operations. */
export interface MigrationFacts {
  /** In replay order (`order` set), unorderable ones last with order -1. */
  migrations: MigrationInfo[];
  graph: MigrationGraph | null;
  /** All operations of all migrations, in replay order, each tagged with its migrationId. */
  operations: SchemaOperation[];
  problems: FrontendProblem[];
  /** SQL migrations: several files claiming one version. */
  versionClashes?: { version: string; files: string[] }[];
  /** Drizzle: SQL files and `meta/_journal.json` entries that do not match. */
  journalMismatches?: JournalMismatch[];
  /** As ModelFacts.comments. */
  comments?: Map<string, SourceComment[]>;
}

export interface ModelFrontend {
  /** `parsed`: syntax trees read ahead by `preParse` (in worker threads), by path. */
  extract(files: SourceFile[], config: Config, project?: ProjectSources, parsed?: ReadonlyMap<string, unknown>): Promise<ModelFacts>;
  /**
   * Which of its files a per-file reader can parse ahead, in worker threads, while the main thread
   * is busy elsewhere (SQLAlchemy: the Python syntax trees; imports still resolve in extract).
   */
  preParse?: { reader: PerFileReader; files(files: SourceFile[]): SourceFile[] };
}

export interface MigrationFrontend {
  extract(files: SourceFile[], config: Config, project?: ProjectSources): Promise<MigrationFacts>;
  /** The same reading, file by file (worker threads, the cache); `extract` is its serial form. */
  perFile?: PerFileMigrationFrontend;
}

/** Per-file readers by name (migration facts, Python syntax trees): a worker thread is told which one to run. */
export type PerFileTask = 'alembic' | 'sql' | 'python-syntax';

/** Reads one file into plain, structured-cloneable data: what a worker thread can be asked to do. */
export interface PerFileReader<R = unknown> {
  task: PerFileTask;
  readFile(file: SourceFile, options: FileReadOptions): Promise<R>;
}

/** What a per-file read depends on besides the file (part of its cache key): plain data. */
export interface FileReadOptions {
  defaultSchema: string;
  /** Alembic: branches on the database dialect are decided from it. */
  dialect: string;
}

/**
 * A migration frontend whose files are read one at a time into plain, structured-cloneable facts,
 * so reading can run in worker threads and be cached by content hash; only `assemble`, on the
 * main thread, sees all of them (ordering, the revision graph).
 */
export interface PerFileMigrationFrontend<R = unknown> extends PerFileReader<R> {
  /** `reads[i]` is `files[i]`'s, in discovery order. */
  assemble(files: SourceFile[], reads: R[]): MigrationFacts;
}
