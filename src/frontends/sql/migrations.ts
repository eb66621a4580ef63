/**
 * SQL migration folders (Flyway, golang-migrate, dbmate, Prisma, Drizzle): the files in the
 * order the tool applies them, each replayed through the Postgres parser.
 */
import type { MigrationInfo, SchemaOperation, FrontendProblem } from '../../ir.js';
import type { MigrationFrontend } from '../types.js';
import { orderMigrationFiles } from './order.js';
import { resolveStandIns, substitutePlaceholders } from './placeholders.js';
import { forwardSection, withoutByteOrderMark, withoutCopyData } from './sections.js';
import { SqlText } from './source.js';
import { loadSqlParser, sqlToOperations } from './translate.js';

export const sqlMigrationsFrontend: MigrationFrontend = {
  async extract(files, config) {
    await loadSqlParser();
    const byPath = new Map(files.map((f) => [f.path, f]));
    const { files: ordered, clashes } = orderMigrationFiles(files.map((f) => f.path));
    const migrations: MigrationInfo[] = [];
    const operations: SchemaOperation[] = [];
    const problems: FrontendProblem[] = [];
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
      const forward = withoutCopyData(forwardSection(withoutByteOrderMark(byPath.get(file.path)?.text ?? '')));
      const origin = { file: file.path, line: 1, column: 1 };
      const { text, placeholders } = substitutePlaceholders(forward, { 'flyway:defaultSchema': config.defaultSchema });
      const translated = sqlToOperations(text, origin);
      const resolved = placeholders.length === 0 ? { operations: translated.operations, problems: [] } : resolveStandIns(translated.operations, placeholders, new SqlText(forward, origin));
      for (const op of resolved.operations) operations.push({ ...op, migrationId: file.version });
      problems.push(...resolved.problems);
      problems.push(...translated.problems);
    });
    return { migrations, graph: null, operations, problems, versionClashes: clashes };
  },
};
