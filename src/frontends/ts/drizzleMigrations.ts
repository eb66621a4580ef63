/**
 * Drizzle migrations (`migrations.kind: drizzle`): the SQL files drizzle-kit writes, applied in the
 * order of `meta/_journal.json` — which is what drizzle's migrator reads: a SQL file the journal
 * does not list never runs, and a journal entry without its file makes the migrator fail. Both
 * are reported (migration-graph); the SQL itself goes through the SQL frontend.
 */
import type { Config } from '../../config/types.js';
import type { JournalMismatch } from '../../facts.js';
import { sqlMigrationsFrontend } from '../sql/migrations.js';
import type { MigrationFacts, MigrationFrontend, ProjectSources, SourceFile } from '../types.js';

interface JournalEntry {
  idx: number;
  tag: string;
}

export const drizzleMigrationsFrontend: MigrationFrontend = {
  async extract(files: SourceFile[], config: Config, project?: ProjectSources): Promise<MigrationFacts> {
    const dirs = [...new Set(files.map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/')) : '')))].sort();
    const mismatches: JournalMismatch[] = [];
    const order = new Map<string, number>();
    let journaled = false;
    for (const dir of dirs) {
      const journalPath = `${dir ? `${dir}/` : ''}meta/_journal.json`;
      const text = project?.read(journalPath) ?? null;
      if (text === null) continue;
      let entries: JournalEntry[];
      try {
        const parsed = JSON.parse(text) as { entries?: JournalEntry[] };
        entries = (parsed.entries ?? []).filter((e) => typeof e.tag === 'string' && typeof e.idx === 'number');
      } catch {
        continue;
      }
      journaled = true;
      const inDir = new Set(files.filter((f) => f.path.startsWith(dir ? `${dir}/` : '') && !f.path.slice(dir ? dir.length + 1 : 0).includes('/')).map((f) => f.path));
      const lines = text.split('\n');
      for (const entry of [...entries].sort((a, b) => a.idx - b.idx)) {
        const file = `${dir ? `${dir}/` : ''}${entry.tag}.sql`;
        if (inDir.has(file)) {
          order.set(file, order.size);
          inDir.delete(file);
        } else {
          const line = lines.findIndex((l) => l.includes(`"${entry.tag}"`)) + 1;
          mismatches.push({ kind: 'missing-file', file, journal: journalPath, location: { file: journalPath, line: Math.max(line, 1), column: 1 } });
        }
      }
      for (const file of inDir) mismatches.push({ kind: 'not-in-journal', file, journal: journalPath, location: { file, line: 1, column: 1 } });
    }
    // Without a journal (hand-kept folders), the file names' order is drizzle-kit's own.
    const applied = journaled ? files.filter((f) => order.has(f.path)) : files;
    const facts = await sqlMigrationsFrontend.extract(applied, config);
    if (journaled) {
      const position = (file: string) => order.get(file) ?? Number.MAX_SAFE_INTEGER;
      const byId = new Map(facts.migrations.map((m) => [m.id, position(m.file)]));
      facts.migrations.sort((a, b) => position(a.file) - position(b.file));
      facts.migrations.forEach((m, i) => {
        m.order = i;
        m.parents = i > 0 ? [facts.migrations[i - 1]!.id] : [];
      });
      facts.operations = facts.operations.map((op, i) => ({ op, i })).sort((a, b) => (byId.get(a.op.migrationId ?? '') ?? 0) - (byId.get(b.op.migrationId ?? '') ?? 0) || a.i - b.i).map((e) => e.op);
    }
    return { ...facts, journalMismatches: mismatches };
  },
};
