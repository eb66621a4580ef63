import type { RelatedLocation } from '../src/engine/diagnostic.js';
import { defineRule } from '../src/engine/rule.js';
import type { ModelClass, SourceLocation } from '../src/facts.js';
import { DRIFT_CHECKS, diffSchemas, type DriftCheck, type SchemaDifference } from '../src/schema/diff.js';

interface SchemaDriftOptions extends Record<string, unknown> {
  ignoreColumns?: string[];
  ignoreTables?: string[];
  typeEquivalences?: string[][];
  checks?: DriftCheck[];
}

const CHECK_WORDS: Record<DriftCheck, string> = {
  type: 'type',
  nullable: 'nullability',
  primaryKey: 'primary key',
  unique: 'uniqueness',
  default: 'server default',
  index: 'index',
  foreignKey: 'foreign key',
};

/**
 * The model and the migrations describe one table differently: the database the migrations build
 * is not the one the code expects. One finding per difference, where a reviewer fixes it: the
 * model column for model-side and mismatch findings, the migration line for migration-only ones.
 */
export default defineRule({
  id: 'schema-drift',
  meta: {
    description: 'A column, index or foreign key that differs between the models and the migrations.',
    defaultSeverity: 'error',
  },
  messages: {
    onlyInModels: 'Column "{{subject}}" is in the model {{name}} but no migration creates it',
    onlyInMigrations: 'Column "{{subject}}" is created by the migrations but the model {{name}} does not declare it',
    mismatch: 'Column "{{subject}}" differs in {{what}}: the model says {{model}}, the migrations say {{migrated}}',
    constraintOnlyInModels: 'The model {{name}} declares {{description}} ("{{subject}}") but no migration creates it',
    constraintOnlyInMigrations: 'The migrations create {{description}} ("{{subject}}") on "{{table}}" but the model {{name}} does not declare it',
    constraintMismatch: '"{{subject}}" on "{{table}}" differs: the model declares {{model}}, the migrations create {{migrated}}',
  },
  options: {
    type: 'object',
    properties: {
      ignoreColumns: { type: 'array', items: { type: 'string' }, description: 'Globs on "table.column" to leave out of the comparison.' },
      ignoreTables: { type: 'array', items: { type: 'string' }, description: 'Globs on table names to leave out.' },
      typeEquivalences: { type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'Groups of canonical types that count as equal, e.g. [["json", "jsonb"]].' },
      checks: { type: 'array', items: { type: 'string', enum: [...DRIFT_CHECKS] }, description: 'What to compare; all by default.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { ignoreColumns: [], ignoreTables: [], typeEquivalences: [], checks: [...DRIFT_CHECKS] } as SchemaDriftOptions,
  check(ctx, options) {
    const { modelSchema, migratedSchema, models, migratedTableOrigins, defaultSchema } = ctx.facts;
    if (!modelSchema || !migratedSchema) return;
    const differences = diffSchemas(modelSchema, migratedSchema, {
      defaultSchema,
      ignoreColumns: options.ignoreColumns,
      ignoreTables: options.ignoreTables,
      typeEquivalences: options.typeEquivalences,
      checks: options.checks,
    });
    const ownerName = (key: string) => ownerOf(key, models ?? [])?.className ?? key;
    const modelPlace = (d: SchemaDifference) => d.modelTable.location ?? ownerOf(d.tableKey, models ?? [])?.location;
    const migratedPlace = (d: SchemaDifference) => migratedTableOrigins?.get(d.tableKey) ?? d.migratedTable.location;
    for (const d of differences) {
      const name = ownerName(d.tableKey);
      if (d.kind === 'column-only-in-models' || d.kind === 'column-only-in-migrations') {
        const inModels = d.kind === 'column-only-in-models';
        const location = d.present.location ?? (inModels ? modelPlace(d) : migratedPlace(d));
        if (!location) continue;
        const otherSide = inModels ? migratedPlace(d) : modelPlace(d);
        ctx.report({
          messageId: inModels ? 'onlyInModels' : 'onlyInMigrations',
          data: { subject: `${d.table}.${d.column}`, name },
          location,
          subject: `${d.table}.${d.column}`,
          related: relatedAt(otherSide, inModels ? `the migrations create "${d.table}" here` : `the model ${name} maps "${d.table}" here`),
        });
      } else if (d.kind === 'column-mismatch') {
        const location = d.modelColumn.location ?? modelPlace(d);
        if (!location) continue;
        ctx.report({
          messageId: 'mismatch',
          data: { subject: `${d.table}.${d.column}`, what: CHECK_WORDS[d.check], model: d.modelValue, migrated: d.migratedValue },
          location,
          subject: `${d.table}.${d.column}`,
          related: relatedAt(d.migratedColumn.location ?? migratedPlace(d), `the migrations make it ${d.migratedValue}`),
        });
      } else if (d.kind === 'constraint-only-in-models' || d.kind === 'constraint-only-in-migrations') {
        const inModels = d.kind === 'constraint-only-in-models';
        const location = d.location ?? (inModels ? modelPlace(d) : migratedPlace(d));
        if (!location) continue;
        ctx.report({
          messageId: inModels ? 'constraintOnlyInModels' : 'constraintOnlyInMigrations',
          data: { subject: d.name, description: d.description, table: d.table, name },
          location,
          subject: d.name,
          related: relatedAt(inModels ? migratedPlace(d) : modelPlace(d), inModels ? `the migrations create "${d.table}" here` : `the model ${name} maps "${d.table}" here`),
        });
      } else if (d.kind === 'constraint-mismatch') {
        const location = d.modelLocation ?? modelPlace(d);
        if (!location) continue;
        ctx.report({
          messageId: 'constraintMismatch',
          data: { subject: d.name, table: d.table, model: d.modelValue, migrated: d.migratedValue },
          location,
          subject: d.name,
          related: relatedAt(d.migratedLocation ?? migratedPlace(d), `the migrations create ${d.migratedValue}`),
        });
      }
    }
  },
});

function relatedAt(location: SourceLocation | undefined, message: string): RelatedLocation[] {
  return location ? [{ file: location.file, line: location.line, column: location.column, message }] : [];
}

/** The class mapping a table, preferring the one that owns it over inheritance children. */
function ownerOf(key: string, models: ModelClass[]): ModelClass | undefined {
  return models.find((m) => !m.abstract && m.table === key && !m.inheritsTableFrom) ?? models.find((m) => m.table === key);
}
