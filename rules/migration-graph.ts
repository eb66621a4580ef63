import { defineRule } from '../src/engine/rule.js';
import { formatList, compareText } from '../src/engine/messages.js';
import type { MigrationInfo, SourceLocation } from '../src/ir.js';

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
    multipleHeads: 'Revision "{{id}}" is one of {{count}} heads ({{heads}}); "alembic upgrade head" fails until they are merged (alembic merge heads)',
    dangling: 'Revision "{{id}}" ({{file}}) has down_revision "{{parent}}", which no migration defines',
    duplicate: 'Revision id "{{id}}" is defined by {{count}} files ({{files}})',
    cycle: 'Revisions form a cycle: {{path}}; Alembic cannot order them',
    versionClash: 'Version "{{id}}" is claimed by {{count}} files ({{files}}); a migration runner applies only one of them',
  },
  check(ctx) {
    const { migrations, migrationGraph: graph, versionClashes } = ctx.facts;
    if (migrations && graph) {
      const byId = (id: string) => migrations.filter((m) => m.id === id);
      const describe = (id: string) => `${id} in ${formatList(byId(id).map((m) => m.file))}`;
      const heads = conflictingHeads(graph.heads, migrations);
      if (heads.length > 1) {
        for (const head of [...heads].sort()) {
          const migration = byId(head)[0];
          if (!migration) continue;
          ctx.report({
            messageId: 'multipleHeads',
            data: { id: head, count: heads.length, heads: formatList([...heads].sort().map(describe)) },
            location: migration.location,
            subject: head,
            related: heads.filter((h) => h !== head).flatMap((h) => byId(h).map((m) => related(m.location, `head ${h}`))),
          });
        }
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
  const byId = new Map(migrations.map((m) => [m.id, m]));
  const lineage = (head: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [head];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(byId.get(id)?.parents ?? []));
    }
    return seen;
  };
  const lineages = new Map(heads.map((h) => [h, lineage(h)]));
  const independent = (head: string): boolean => {
    const ids = [...lineages.get(head)!];
    const labelled = ids.some((id) => (byId.get(id)?.branchLabels ?? []).length > 0);
    return labelled && heads.every((other) => other === head || !ids.some((id) => lineages.get(other)!.has(id)));
  };
  const conflicting = heads.filter((h) => !independent(h));
  // A lone unlabelled extra base is still a second head of the whole history: report them all.
  return conflicting.length === 1 ? heads : conflicting;
}
