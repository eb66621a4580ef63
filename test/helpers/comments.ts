/**
 * The comments the frontends would hand the engine for these files (see src/frontends/comments.ts),
 * read with the same functions, for tests that call the suppression engine directly.
 */
import { mayHoldSuppressions, pythonComments } from '../../src/frontends/comments.js';
import { parsePython } from '../../src/frontends/python/parser.js';
import { sqlComments } from '../../src/frontends/sql/comments.js';
import { loadSqlParser } from '../../src/frontends/sql/translate.js';
import { parseModule } from '../../src/frontends/ts/syntax.js';
import type { SourceComment, SourceFile } from '../../src/frontends/types.js';

export async function commentsOf(files: Iterable<SourceFile>): Promise<Map<string, SourceComment[]>> {
  const out = new Map<string, SourceComment[]>();
  for (const file of files) {
    if (!mayHoldSuppressions(file.text)) continue;
    if (file.path.endsWith('.py')) {
      const tree = await parsePython(file.text);
      out.set(file.path, pythonComments(tree.rootNode));
    } else if (file.path.endsWith('.sql')) {
      await loadSqlParser();
      out.set(file.path, sqlComments(file.text));
    } else if (file.path.endsWith('.ts')) {
      parseModule(file.path, file.text, [], out);
    }
  }
  return out;
}
