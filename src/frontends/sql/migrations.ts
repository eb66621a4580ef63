/**
 * SQL migration folders (Flyway, golang-migrate, dbmate, Prisma, Drizzle): the files in the
 * order the tool applies them, each replayed through the Postgres parser.
 */
import type { MigrationInfo, FrontendProblem } from '../../facts.js';
import type { SchemaOperation } from '../../operations.js';
import { failureProblem } from '../fileFailure.js';
import { mayHoldSuppressions } from '../comments.js';
import type { MigrationFrontend, PerFileMigrationFrontend, SourceComment } from '../types.js';
import { sqlComments } from './comments.js';
import { orderMigrationFiles } from './order.js';
import { resolveStandIns, substitutePlaceholders } from './placeholders.js';
import { forwardSection, withoutByteOrderMark, withoutCopyData } from './sections.js';
import { SqlText } from './source.js';
import { loadSqlParser, sqlToOperations } from './translate.js';

export const sqlMigrationsFrontend: MigrationFrontend = {
  async extract(files, config) {
    const reads: SqlFileRead[] = [];
    for (const file of files) reads.push(await sqlPerFile.readFile(file, { defaultSchema: config.defaultSchema, dialect: config.dialect }));
    return sqlPerFile.assemble(files, reads);
  },
  get perFile() {
    return sqlPerFile as PerFileMigrationFrontend;
  },
};

interface SqlFileRead {
  operations: SchemaOperation[];
  problems: FrontendProblem[];
  /** Only when the file may hold suppression directives. */
  comments?: SourceComment[];
}

/**
 * The same, file by file: each file's SQL is translated alone into plain data (worker threads and
 * the cache do this); the order the tool applies them in comes from the file names, on the main
 * thread.
 */
export const sqlPerFile: PerFileMigrationFrontend<SqlFileRead> = {
  task: 'sql',
  async readFile(file, options) {
    await loadSqlParser();
    // One file's failure is a finding there; the other files are still replayed.
    try {
      const forward = withoutCopyData(forwardSection(withoutByteOrderMark(file.text)));
      const origin = { file: file.path, line: 1, column: 1 };
      const { text, placeholders } = substitutePlaceholders(forward, { 'flyway:defaultSchema': options.defaultSchema });
      const translated = sqlToOperations(text, origin);
      const resolved = placeholders.length === 0 ? { operations: translated.operations, problems: [] } : resolveStandIns(translated.operations, placeholders, new SqlText(forward, origin));
      const comments = mayHoldSuppressions(file.text) ? { comments: sqlComments(file.text) } : {};
      return { operations: resolved.operations, problems: [...resolved.problems, ...translated.problems], ...comments };
    } catch (error) {
      return { operations: [], problems: [failureProblem(error, { file: file.path })] };
    }
  },
  assemble(files, reads) {
    const byPath = new Map(files.map((f, i) => [f.path, reads[i]!]));
    const { files: ordered, clashes } = orderMigrationFiles(files.map((f) => f.path));
    const migrations: MigrationInfo[] = [];
    const operations: SchemaOperation[] = [];
    const problems: FrontendProblem[] = [];
    const comments = new Map<string, SourceComment[]>();
    files.forEach((f, i) => {
      const found = reads[i]!.comments;
      if (found) comments.set(f.path, found);
    });
    ordered.forEach((file, order) => {
      const previous = migrations[migrations.length - 1];
      migrations.push({
        id: file.version,
        file: file.path,
        parents: previous ? [previous.id] : [],
        order,
        location: { file: file.path, line: 1, column: 1 },
        description: file.description,
      });
      const read = byPath.get(file.path);
      // Each read is this run's own (fresh from the reader, a worker or the cache), so its
      // operations are labelled in place rather than copied.
      for (const op of read?.operations ?? []) {
        op.migrationId = file.version;
        operations.push(op);
      }
      problems.push(...(read?.problems ?? []));
    });
    return { migrations, graph: null, operations, problems, versionClashes: clashes, comments };
  },
};
