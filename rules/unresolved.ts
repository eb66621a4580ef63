import { defineRule } from '../src/engine/rule.js';
import type { Schema } from '../src/facts.js';
import { displayTableName } from '../src/facts.js';
import { quoteIdent } from '../src/dialect/postgres/names.js';
import { groupByCause } from './support/unresolvedCauses.js';
import { possiblyCreated } from './support/possiblyCreated.js';

/**
 * Code ormlint cannot evaluate without running it (an `op.execute` of a built string, columns
 * made in a loop). The tables it touches are marked uncertain and drift rules stay quiet on
 * them; this notice says why, so silence is never mistaken for a clean bill.
 */
export default defineRule({
  id: 'unresolved',
  meta: {
    description: 'Code that cannot be evaluated statically; the tables it touches are marked uncertain.',
    defaultSeverity: 'notice',
  },
  messages: {
    unresolved: '{{message}}',
    cause: '{{message}}',
    unresolvedTables: '{{message}} (tables treated as uncertain: {{tables}})',
  },
  check(ctx) {
    const { defaultSchema } = ctx.facts;
    const uncertainTable = uncertainTables(ctx.facts.modelSchema, ctx.facts.migratedSchema);
    const { modelSchema, migratedSchema } = ctx.facts;
    // A table the models map and no migration creates is missing-migration's finding already: a
    // migration notice about it (an ALTER of it, an argument of that ALTER) repeats that finding.
    const reportedMissing = (key: string) => !!modelSchema?.tables.has(key) && !!migratedSchema && !migratedSchema.tables.has(key) && !possiblyCreated(migratedSchema, key);
    const migrationFiles = new Set((ctx.facts.migrations ?? []).map((m) => m.file));
    const repeatsFinding = (problem: (typeof ctx.facts.problems)[number]): boolean =>
      (!!problem.missingTable && reportedMissing(problem.missingTable)) ||
      (migrationFiles.has(problem.location.file) && !!problem.tables?.length && problem.tables.every(reportedMissing));
    const { groups, single } = groupByCause(ctx.facts.problems.filter((p) => p.kind === 'unresolved' && !repeatsFinding(p)));
    for (const group of groups) {
      ctx.report({ messageId: 'cause', data: { message: group.message }, location: group.location, subject: group.cause, related: group.related });
    }
    for (const problem of single) {
      const named = problem.tables ?? [];
      // Only tables some schema really marks uncertain are claimed as such: a replay problem like
      // "no earlier migration creates this table" names a table but makes nothing uncertain.
      const uncertain = [...new Set(named.flatMap((name) => uncertainTable(name) ?? []))].map((key) => displayTableName(key, defaultSchema));
      const first = named[0];
      ctx.report({
        messageId: uncertain.length > 0 ? 'unresolvedTables' : 'unresolved',
        data: { message: problem.message, tables: uncertain.join(', ') },
        location: problem.location,
        subject: first !== undefined ? displayTableName(first, defaultSchema) : problem.location.file,
      });
    }
  },
});

/**
 * Finds the uncertain table a problem names. Frontends name it by key (`public.orders`) or, when
 * the search_path decides the schema, as the SQL wrote it (`orders`, `"Orders"`, `crm.orders`).
 */
function uncertainTables(...schemas: (Schema | null)[]): (name: string) => string | undefined {
  const bySpelling = new Map<string, string>();
  for (const schema of schemas) {
    for (const [key, table] of schema?.tables ?? []) {
      if (!table.uncertain) continue;
      for (const spelling of [key, `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`, quoteIdent(table.name)]) {
        if (!bySpelling.has(spelling)) bySpelling.set(spelling, key);
      }
    }
  }
  return (name) => bySpelling.get(name);
}
