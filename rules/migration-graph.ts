import { defineRule } from '../src/engine/rule.js';
import { formatList, compareText } from '../src/engine/messages.js';
import type { MigrationInfo, SourceLocation } from '../src/facts.js';

/**
 * A migration history that cannot be applied in one line: `alembic upgrade head` refuses several
 * heads, a down_revision naming nothing breaks the chain, duplicate ids or a cycle make the order
 * undefined, and two SQL files with one version make runners skip or fail one of them.
 */
export default defineRule({
  id: 'migration-graph',
  meta: {
    description: 'Several heads, a dangling down_revision, duplicate revision ids or cycles; SQL: two files with one version.',
    defaultSeverity: 'error',
  },
  messages: {
    multipleHeads: 'The migrations have {{count}} heads ({{heads}}); "alembic upgrade head" fails until they are merged (alembic merge heads)',
    dangling: 'Revision "{{id}}" ({{file}}) has down_revision "{{parent}}", which no migration defines',
    duplicate: 'Revision id "{{id}}" is defined by {{count}} files ({{files}})',
    cycle: 'Revisions form a cycle: {{path}}; Alembic cannot order them',
    versionClash: 'Version "{{id}}" is claimed by {{count}} files ({{files}}); a migration runner applies only one of them',
    notInJournal: 'Migration {{file}} is not listed in {{journal}}, so drizzle\'s migrator never applies it',
    missingFile: '{{journal}} lists {{file}}, which does not exist; drizzle\'s migrator fails on it',
  },
  check(ctx) {
    const { migrations, migrationGraph: graph, versionClashes, journalMismatches } = ctx.facts;
    for (const mismatch of journalMismatches ?? []) {
      ctx.report({ messageId: mismatch.kind === 'missing-file' ? 'missingFile' : 'notInJournal', data: { file: mismatch.file, journal: mismatch.journal }, location: mismatch.location, subject: mismatch.file });
    }
    if (migrations && graph) {
      const migrationsById = new Map<string, MigrationInfo[]>();
      for (const m of migrations) {
        const list = migrationsById.get(m.id);
        if (list) list.push(m);
        else migrationsById.set(m.id, [m]);
      }
      const byId = (id: string) => migrationsById.get(id) ?? [];
      const describe = (id: string) => `${id} in ${formatList(byId(id).map((m) => m.file))}`;
      // One finding for all the heads (a thousand heads must not make a thousand findings that
      // each list the thousand), at the first; the message and related list are capped.
      const heads = [...conflictingHeads(graph.heads, migrations)].sort(compareText);
      const first = heads.length > 1 ? heads.find((h) => byId(h).length > 0) : undefined;
      if (first !== undefined) {
        const listed = heads.slice(0, HEADS_LISTED).map(describe);
        if (heads.length > HEADS_LISTED) listed.push(`${heads.length - HEADS_LISTED} more`);
        ctx.report({
          messageId: 'multipleHeads',
          data: { count: heads.length, heads: formatList(listed) },
          location: byId(first)[0]!.location,
          subject: first,
          related: heads.filter((h) => h !== first).slice(0, HEADS_LISTED).flatMap((h) => byId(h).slice(0, 1).map((m) => related(m.location, `head ${h}`))),
        });
      }
      for (const { id, missingParent } of graph.dangling) {
        for (const migration of byId(id)) {
          ctx.report({
            messageId: 'dangling',
            data: { id, file: migration.file, parent: missingParent },
            location: migration.parentsLocation ?? migration.location,
            subject: id,
          });
        }
      }
      for (const { id, files } of graph.duplicates) {
        const definitions = sortByFile(byId(id));
        for (const migration of definitions.slice(1)) {
          ctx.report({
            messageId: 'duplicate',
            data: { id, count: files.length, files: formatList([...files].sort()) },
            location: migration.location,
            subject: id,
            related: definitions.filter((m) => m !== migration).map((m) => related(m.location, `"${id}" is also defined here`)),
          });
        }
      }
      for (const cycle of graph.cycles) {
        if (cycle.length === 0) continue;
        const first = [...cycle].sort()[0]!;
        const migration = byId(first)[0];
        if (!migration) continue;
        ctx.report({
          messageId: 'cycle',
          data: { path: [...cycle, cycle[0]].map((id) => `${id} (${byId(id)[0]?.file ?? '?'})`).join(' -> ') },
          location: migration.parentsLocation ?? migration.location,
          subject: first,
          related: cycle.filter((id) => id !== first).flatMap((id) => byId(id).map((m) => related(m.parentsLocation ?? m.location, `part of the cycle`))),
        });
      }
    }
    for (const clash of versionClashes ?? []) {
      const files = [...clash.files].sort();
      for (const file of files.slice(1)) {
        const migration = migrations?.find((m) => m.file === file);
        ctx.report({
          messageId: 'versionClash',
          data: { id: clash.version, count: files.length, files: formatList(files) },
          location: migration?.location ?? { file, line: 1, column: 1 },
          subject: clash.version,
          related: files.filter((f) => f !== file).map((f) => ({ file: f, line: 1, column: 1, message: `also version ${clash.version}` })),
        });
      }
    }
  },
});

/** How many heads a multipleHeads finding names (and points at); the count says how many in all. */
const HEADS_LISTED = 10;

function sortByFile(list: MigrationInfo[]): MigrationInfo[] {
  return [...list].sort((a, b) => compareText(a.file, b.file));
}

function related(location: SourceLocation, message: string) {
  return { file: location.file, line: location.line, column: location.column, message };
}

/**
 * The heads to report. A head whose branch shares no revision with any other head's and carries a
 * `branch_labels` is a deliberate separate base (Alembic's "multiple bases", upgraded with
 * `alembic upgrade heads`), not two developers forking one history; the others conflict.
 */
function conflictingHeads(heads: string[], migrations: MigrationInfo[]): string[] {
  if (heads.length < 2) return heads;
  // Linear, whatever the number of heads: in a history without cycles two heads share a revision
  // exactly when they are in one connected piece of the graph (every revision leads to some head,
  // and a revision on one head's line with a child off it leads to another head). So a head is a
  // separate base when its piece holds no other head and some revision in it has a branch label.
  const piece = new DisjointSets();
  for (const m of migrations) for (const parent of m.parents) piece.union(m.id, parent);
  const headsPerPiece = new Map<string, number>();
  for (const head of heads) headsPerPiece.set(piece.find(head), (headsPerPiece.get(piece.find(head)) ?? 0) + 1);
  const labelledPieces = new Set(migrations.filter((m) => (m.branchLabels ?? []).length > 0).map((m) => piece.find(m.id)));
  const independent = (head: string): boolean => headsPerPiece.get(piece.find(head)) === 1 && labelledPieces.has(piece.find(head));
  const conflicting = heads.filter((h) => !independent(h));
  // A lone unlabelled extra base is still a second head of the whole history: report them all.
  return conflicting.length === 1 ? heads : conflicting;
}

/** Union-find over revision ids (path halving, union by size). */
class DisjointSets {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  find(id: string): string {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
      return id;
    }
    let current = id;
    while (this.parent.get(current) !== current) {
      const grandparent = this.parent.get(this.parent.get(current)!)!;
      this.parent.set(current, grandparent);
      current = grandparent;
    }
    return current;
  }

  union(a: string, b: string): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size.get(rootA)! < this.size.get(rootB)!) [rootA, rootB] = [rootB, rootA];
    this.parent.set(rootB, rootA);
    this.size.set(rootA, this.size.get(rootA)! + this.size.get(rootB)!);
  }
}
