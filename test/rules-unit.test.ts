import { describe, expect, it } from 'vitest';
import duplicateClassName from '../rules/duplicate-class-name.js';
import duplicateTableName from '../rules/duplicate-table-name.js';
import foreignKeyTarget from '../rules/foreign-key-target.js';
import migrationGraph from '../rules/migration-graph.js';
import missingMigration from '../rules/missing-migration.js';
import modelBase from '../rules/model-base.js';
import orphanTable from '../rules/orphan-table.js';
import parseError from '../rules/parse-error.js';
import schemaDrift from '../rules/schema-drift.js';
import unimportedModel from '../rules/unimported-model.js';
import unresolved from '../rules/unresolved.js';
import type { MigrationInfo, RegistryBinding } from '../src/facts.js';
import { check, column, facts, loc, model, registry, schemaOf, table, where } from './helpers/ruleCases.js';

const N8N = 'app/models/n8n_workflows.py';
const LEGACY = 'app/models/workflow_monitoring.py';
const INIT = 'app/models/__init__.py';

function binding(className: string, file: string): RegistryBinding {
  return { name: className, className, file, importLocation: loc(INIT, 3, 1), shadowed: [] };
}

describe('duplicate-class-name', () => {
  const twoDefinitions = [model('WorkflowExecution', N8N, 10, 'workflow_executions'), model('WorkflowExecution', LEGACY, 20, 'workflow_execution_monitoring')];

  it('reports once, at the definition the registry does not expose, naming every file', () => {
    const reports = check(duplicateClassName, facts({ models: twoDefinitions, registry: registry([INIT, N8N], { bindings: [binding('WorkflowExecution', N8N)] }) }));
    expect(where(reports)).toEqual([`${LEGACY}:20:7 WorkflowExecution`]);
    expect(reports[0]!.message).toBe(
      `Model class "WorkflowExecution" is defined in 2 files (${N8N} and ${LEGACY}); the registry exposes the one in ${N8N} (last import wins), so this one is shadowed`,
    );
    expect(reports[0]!.related).toEqual([{ file: N8N, line: 10, column: 7, message: '"WorkflowExecution" is also defined here (the one the registry exposes)' }]);
  });

  it('reports every definition after the first when the registry exposes none', () => {
    const third = model('WorkflowExecution', 'app/models/zz.py', 5, 'x');
    const reports = check(duplicateClassName, facts({ models: [...twoDefinitions, third], registry: registry([INIT]) }));
    expect(where(reports)).toEqual([`${LEGACY}:20:7 WorkflowExecution`, 'app/models/zz.py:5:7 WorkflowExecution']);
    expect(reports[0]!.messageId).toBe('noneExposed');
  });

  it('is quiet for names defined in one file only', () => {
    const reports = check(duplicateClassName, facts({ models: [model('A', N8N, 1, 'a'), model('B', LEGACY, 1, 'b')], registry: registry([]) }));
    expect(reports).toEqual([]);
  });
});

describe('duplicate-table-name', () => {
  it('reports the second class mapping one table', () => {
    const reports = check(duplicateTableName, facts({ models: [model('B', 'app/models/b.py', 3, 'things'), model('A', 'app/models/a.py', 9, 'things')] }));
    expect(where(reports)).toEqual(['app/models/b.py:3:7 things']);
    expect(reports[0]!.related?.[0]).toMatchObject({ file: 'app/models/a.py', line: 9 });
  });

  it('leaves single-table-inheritance children alone', () => {
    const reports = check(duplicateTableName, facts({
      models: [model('Employee', 'app/models/a.py', 3, 'employees'), model('Manager', 'app/models/a.py', 9, 'employees', { inheritsTableFrom: 'Employee', tableSource: 'inherited' })],
    }));
    expect(reports).toEqual([]);
  });
});

describe('unimported-model', () => {
  const models = [model('WorkflowMetric', LEGACY, 40, 'workflow_metrics'), model('N8NWorkflow', N8N, 8, 'n8n_workflows'), model('Mixin', LEGACY, 2, null, { abstract: true })];

  it('reports each model whose file the registry never reaches, with the unmigrated table', () => {
    const reports = check(unimportedModel, facts({ models, registry: registry([INIT, N8N]), migratedSchema: schemaOf(table('n8n_workflows', [])) }));
    expect(where(reports)).toEqual([`${LEGACY}:40:7 WorkflowMetric`]);
    expect(reports[0]!.message).toBe(
      `Model WorkflowMetric (${LEGACY}) is never imported from the registry (${INIT}), so the app and Alembic autogenerate never see it; its table "workflow_metrics" is not created by any migration either`,
    );
    expect(reports[0]!.help).toContain(`Import it in ${INIT}`);
  });

  it('hints at ruff F401 when the registry has imports only kept for registration', () => {
    const reports = check(unimportedModel, facts({ models, registry: registry([INIT, N8N], { unusedImportFiles: [INIT] }) }));
    expect(reports[0]!.messageId).toBe('unimported');
    expect(reports[0]!.help).toContain('ruff (F401)');
    expect(reports[0]!.help).toContain('__all__');
    expect(reports[0]!.help).toContain('# noqa: F401');
  });

  it('is silent without a registry', () => {
    expect(check(unimportedModel, facts({ models, registry: null }))).toEqual([]);
  });
});

describe('missing-migration', () => {
  const models = [
    model('AutoResponse', 'app/models/auto_response.py', 12, 'auto_responses'),
    model('WebhookQueue', N8N, 50, 'webhook_queue'),
    model('Lead', 'app/models/leads.py', 5, 'leads'),
    model('WorkflowMetric', LEGACY, 40, 'workflow_metrics'),
  ];
  const modelSchema = schemaOf(table('auto_responses', []), table('webhook_queue', []), table('leads', []), table('workflow_metrics', []));
  const migratedSchema = schemaOf(table('leads', []), table('n8n_webhook_queue', []));
  const reg = registry([INIT, N8N, 'app/models/auto_response.py', 'app/models/leads.py']);

  it('reports reachable models whose table no migration creates, suggesting the closest name', () => {
    const reports = check(missingMigration, facts({ models, modelSchema, migratedSchema, registry: reg }));
    expect(where(reports)).toEqual(['app/models/auto_response.py:12:7 auto_responses', `${N8N}:50:7 webhook_queue`]);
    const webhook = reports.find((r) => r.subject === 'webhook_queue')!;
    expect(webhook.message).toBe('Table "webhook_queue" (model WebhookQueue) is not created by any migration');
    expect(webhook.help).toContain('"n8n_webhook_queue"');
    expect(reports.find((r) => r.subject === 'auto_responses')!.help).not.toContain('A migration creates');
  });

  it('stays quiet on a table unevaluated migration code may create, and only then', () => {
    const possible = schemaOf(table('leads', []), table('n8n_webhook_queue', []));
    possible.possibleTables = new Set(['public.auto_responses']);
    // A notice that merely names the table (an unknown column type, a replay complaint) proves nothing.
    const notice = { kind: 'unresolved' as const, message: 'unknown type', location: loc('app/models/auto_response.py', 14, 5), tables: ['public.auto_responses'] };
    const reports = check(missingMigration, facts({ models, modelSchema, migratedSchema: possible, registry: reg, problems: [notice] }));
    expect(where(reports)).toEqual([`${N8N}:50:7 webhook_queue`]);
    const withoutPossible = check(missingMigration, facts({ models, modelSchema, migratedSchema, registry: reg, problems: [notice] }));
    expect(where(withoutPossible)).toEqual(['app/models/auto_response.py:12:7 auto_responses', `${N8N}:50:7 webhook_queue`]);
  });

  it('checks every model when there is no registry', () => {
    const reports = check(missingMigration, facts({ models, modelSchema, migratedSchema, registry: null }));
    expect(reports.map((r) => r.subject).sort()).toEqual(['auto_responses', 'webhook_queue', 'workflow_metrics']);
  });

  it('is silent when the migration side is missing', () => {
    expect(check(missingMigration, facts({ models, modelSchema, migratedSchema: null }))).toEqual([]);
  });

  it('qualifies tables outside the default schema', () => {
    const reports = check(missingMigration, facts({ models: [model('Invoice', 'app/models/b.py', 3, 'billing.invoices')], modelSchema: schemaOf(table('billing.invoices', [])), migratedSchema: schemaOf() }));
    expect(where(reports)).toEqual(['app/models/b.py:3:7 billing.invoices']);
  });
});

describe('orphan-table', () => {
  const origins = new Map([
    ['public.n8n_webhook_queue', loc('migrations/versions/022_n8n.py', 80, 5)],
    ['public.alembic_version', loc('migrations/versions/001_init.py', 3, 5)],
    ['public.legacy_stuff', loc('migrations/versions/001_init.py', 9, 5)],
    ['public.workflow_metrics', loc('migrations/versions/001_init.py', 20, 5)],
  ]);
  const migratedSchema = schemaOf(table('n8n_webhook_queue', []), table('alembic_version', []), table('legacy_stuff', []), table('workflow_metrics', []));
  const models = [model('WorkflowMetric', LEGACY, 40, 'workflow_metrics')];

  it('reports migrated tables no model maps, at the CREATE, ignoring alembic_version', () => {
    const reports = check(orphanTable, facts({ models, modelSchema: schemaOf(), migratedSchema, migratedTableOrigins: origins }));
    expect(where(reports)).toEqual(['migrations/versions/001_init.py:9:5 legacy_stuff', 'migrations/versions/022_n8n.py:80:5 n8n_webhook_queue']);
  });

  it('adds user globs to the default ignore list', () => {
    const reports = check(orphanTable, facts({ models, modelSchema: schemaOf(), migratedSchema, migratedTableOrigins: origins }), { ignore: ['legacy_*'] });
    expect(where(reports)).toEqual(['migrations/versions/022_n8n.py:80:5 n8n_webhook_queue']);
  });

  it('is silent without models', () => {
    expect(check(orphanTable, facts({ models: null, migratedSchema, migratedTableOrigins: origins }))).toEqual([]);
  });
});

describe('schema-drift', () => {
  const M = 'app/models/response_templates.py';
  const V = 'migrations/versions/007_response_templates.py';
  const modelTable = () => table('response_templates', [
    column('id', 'integer', { primaryKey: true, nullable: false, location: loc(M, 6, 5) }),
    column('subject_template', 'text', { location: loc(M, 7, 5) }),
    column('name', 'character varying(100)', { nullable: false, location: loc(M, 8, 5) }),
    column('payload', 'json', { location: loc(M, 9, 5) }),
    column('created_at', 'timestamp without time zone', { default: 'now()', location: loc(M, 10, 5) }),
    column('status', 'character varying(20)', { default: "'draft'", location: loc(M, 11, 5) }),
    column('lead_id', 'integer', { foreignKey: { table: 'leads', column: 'id' }, location: loc(M, 12, 5) }),
  ]);
  const migratedTable = () => table('response_templates', [
    column('id', 'integer', { primaryKey: true, nullable: false, default: "nextval('response_templates_id_seq'::regclass)", location: loc(V, 20, 9) }),
    column('subject', 'text', { location: loc(V, 21, 9) }),
    column('name', 'character varying(50)', { nullable: true, location: loc(V, 22, 9) }),
    column('payload', 'jsonb', { location: loc(V, 23, 9) }),
    column('created_at', 'timestamp without time zone', { default: 'CURRENT_TIMESTAMP', location: loc(V, 24, 9) }),
    column('status', 'character varying(20)', { default: "'draft'::character varying", location: loc(V, 25, 9) }),
    column('lead_id', 'integer', { foreignKey: { table: 'public.leads', column: 'id', onDelete: 'NO ACTION' }, location: loc(V, 26, 9) }),
  ]);
  const input = () => facts({
    models: [model('ResponseTemplate', M, 4, 'response_templates')],
    modelSchema: schemaOf(modelTable()),
    migratedSchema: schemaOf(migratedTable()),
  });

  it('reports one finding per difference, where a reviewer looks', () => {
    const reports = check(schemaDrift, input());
    expect(where(reports)).toEqual([
      `${M}:7:5 response_templates.subject_template`,
      `${M}:8:5 response_templates.name`,
      `${M}:8:5 response_templates.name`,
      `${M}:9:5 response_templates.payload`,
      `${V}:21:9 response_templates.subject`,
    ]);
    const byMessage = reports.map((r) => r.message).sort();
    expect(byMessage).toEqual([
      'Column "response_templates.name" differs in nullability: the model says NOT NULL, the migrations say nullable',
      'Column "response_templates.name" differs in type: the model says character varying(100), the migrations say character varying(50)',
      'Column "response_templates.payload" differs in type: the model says json, the migrations say jsonb',
      'Column "response_templates.subject" is created by the migrations but the model ResponseTemplate does not declare it',
      'Column "response_templates.subject_template" is in the model ResponseTemplate but no migration creates it',
    ]);
    const typeDrift = reports.find((r) => r.message.includes('character varying(100)'))!;
    expect(typeDrift.related).toEqual([{ file: V, line: 22, column: 9, message: 'the migrations make it character varying(50)' }]);
  });

  it('honours typeEquivalences, ignoreColumns and checks', () => {
    const reports = check(schemaDrift, input(), { typeEquivalences: [['json', 'jsonb']], ignoreColumns: ['*.subject*'], checks: ['type'] });
    expect(where(reports)).toEqual([`${M}:8:5 response_templates.name`]);
  });

  it('honours ignoreTables', () => {
    expect(check(schemaDrift, input(), { ignoreTables: ['response_*'] })).toEqual([]);
  });

  it('is quiet on tables marked uncertain', () => {
    const uncertain = migratedTable();
    uncertain.uncertain = true;
    const reports = check(schemaDrift, facts({ modelSchema: schemaOf(modelTable()), migratedSchema: schemaOf(uncertain) }));
    expect(reports).toEqual([]);
  });

  it('compares defaults, uniqueness, indexes and foreign keys', () => {
    const modelSide = table('orders', [
      column('id', 'integer', { primaryKey: true, nullable: false, location: loc('app/models/o.py', 5, 5) }),
      column('code', 'text', { unique: true, location: loc('app/models/o.py', 6, 5) }),
      column('state', 'text', { default: "'new'", location: loc('app/models/o.py', 7, 5) }),
      column('lead_id', 'integer', { index: true, foreignKey: { table: 'leads', column: 'id', onDelete: 'CASCADE' }, location: loc('app/models/o.py', 8, 5) }),
    ]);
    const migratedSide = table('orders', [
      column('id', 'integer', { primaryKey: true, nullable: false, location: loc('m/1.py', 5, 9) }),
      column('code', 'text', { location: loc('m/1.py', 6, 9) }),
      column('state', 'text', { default: "'old'::text", location: loc('m/1.py', 7, 9) }),
      column('lead_id', 'integer', { foreignKey: { table: 'leads', column: 'id' }, location: loc('m/1.py', 8, 9) }),
    ]);
    const reports = check(schemaDrift, facts({ modelSchema: schemaOf(modelSide), migratedSchema: schemaOf(migratedSide) }));
    expect(reports.map((r) => `${r.location.line} ${r.message}`).sort()).toEqual([
      '6 Column "orders.code" differs in uniqueness: the model says unique, the migrations say not unique',
      '7 Column "orders.state" differs in server default: the model says \'new\', the migrations say \'old\'::text',
      '8 Column "orders.lead_id" differs in foreign key: the model says references leads.id ON DELETE CASCADE, the migrations say references leads.id',
      '8 Column "orders.lead_id" differs in index: the model says indexed, the migrations say not indexed',
    ]);
  });

  it('reports a multi-column index by name', () => {
    const cols = () => [column('a', 'integer', { location: loc('x.py', 3) }), column('b', 'integer', { location: loc('x.py', 4) })];
    const modelSide = table('pairs', cols(), { indexes: [{ name: 'idx_pairs_ab', columns: ['a', 'b'], unique: false, location: loc('app/models/p.py', 9, 9) }] });
    const migratedSide = table('pairs', cols(), { indexes: [{ name: 'idx_pairs_old', columns: ['b', 'a'], unique: false, location: loc('m/2.py', 30, 5) }] });
    const reports = check(schemaDrift, facts({ modelSchema: schemaOf(modelSide), migratedSchema: schemaOf(migratedSide) }));
    expect(where(reports)).toEqual(['app/models/p.py:9:9 idx_pairs_ab', 'm/2.py:30:5 idx_pairs_old']);
  });
});

describe('foreign-key-target', () => {
  it('reports a foreign key to a table neither side defines, once', () => {
    const fk = (file: string, line: number) => ({ name: null, columns: ['campaign_id'], refTable: 'public.campaigns', refColumns: ['id'], location: loc(file, line, 5) });
    const modelSide = table('metrics', [column('campaign_id', 'integer')], { foreignKeys: [fk('app/models/m.py', 7)] });
    const migratedSide = table('metrics', [column('campaign_id', 'integer')], { foreignKeys: [fk('m/3.py', 12)] });
    const reports = check(foreignKeyTarget, facts({ modelSchema: schemaOf(modelSide), migratedSchema: schemaOf(migratedSide) }));
    expect(where(reports)).toEqual(['app/models/m.py:7:5 metrics.campaign_id']);
    expect(reports[0]!.message).toBe('Foreign key "metrics.campaign_id" references table "campaigns", which neither the models nor the migrations define');
  });

  it('stays quiet only when a table it cannot name might be the target', () => {
    const fk = { name: null, columns: ['campaign_id'], refTable: 'public.campaigns', refColumns: ['id'], location: loc('app/models/m.py', 7, 5) };
    const metrics = table('metrics', [column('campaign_id', 'integer')], { foreignKeys: [fk] });
    const unrelatedUncertain = table('events', [column('id', 'integer')], { uncertain: true });
    const migrations: MigrationInfo[] = [{ id: '1', file: 'm/1.py', parents: [], order: 0, location: loc('m/1.py', 1, 1) }];
    const base = { modelSchema: schemaOf(metrics), migratedSchema: schemaOf(unrelatedUncertain), migrations };
    // An uncertain table elsewhere does not hide a foreign key to a table nobody defines...
    expect(where(check(foreignKeyTarget, facts(base)))).toEqual(['app/models/m.py:7:5 metrics.campaign_id']);
    // ...but migration code whose effect names no table might create it.
    const unnamed = { kind: 'unresolved' as const, message: 'op.execute of a built string', location: loc('m/1.py', 9, 5), tables: [] };
    expect(check(foreignKeyTarget, facts({ ...base, problems: [unnamed] }))).toEqual([]);
  });

  it('reports a missing column and accepts a target defined on either side', () => {
    const leads = table('leads', [column('id', 'integer', { primaryKey: true })]);
    const modelSide = table('notes', [column('lead_id', 'integer'), column('lead_uuid', 'uuid')], {
      foreignKeys: [
        { name: null, columns: ['lead_id'], refTable: 'public.leads', refColumns: ['id'], location: loc('app/models/n.py', 6, 5) },
        { name: null, columns: ['lead_uuid'], refTable: 'public.leads', refColumns: ['uuid'], location: loc('app/models/n.py', 7, 5) },
      ],
    });
    const reports = check(foreignKeyTarget, facts({ modelSchema: schemaOf(modelSide), migratedSchema: schemaOf(leads) }));
    expect(where(reports)).toEqual(['app/models/n.py:7:5 notes.lead_uuid']);
    expect(reports[0]!.messageId).toBe('missingColumn');
  });
});

describe('model-base', () => {
  const models = [
    model('Good', 'app/models/a.py', 3, 'good'),
    model('Loose', 'app/models/a.py', 9, 'loose', { base: null }),
    model('Other', 'app/models/b.py', 4, 'other', { base: 'app.other.OtherBase' }),
  ];
  it('reports classes with no base, and with a base not configured', () => {
    expect(where(check(modelBase, facts({ models }), {}, { modelBases: ['app.models.base.Base'] }))).toEqual(['app/models/a.py:9:7 Loose', 'app/models/b.py:4:7 Other']);
  });
  it('accepts any base when none is configured', () => {
    expect(where(check(modelBase, facts({ models })))).toEqual(['app/models/a.py:9:7 Loose']);
  });
});

describe('migration-graph', () => {
  const migration = (id: string, file: string, parents: string[]): MigrationInfo => ({
    id, file, parents, order: 0, location: loc(file, 2, 1), parentsLocation: loc(file, 3, 1),
  });
  it('reports several heads, dangling parents, duplicates and cycles', () => {
    const migrations = [
      migration('a1', 'm/a1.py', []),
      migration('b2', 'm/b2.py', ['a1']),
      migration('c3', 'm/c3.py', ['a1']),
      migration('d4', 'm/d4.py', ['zz']),
      migration('b2', 'm/b2_copy.py', ['a1']),
      migration('x1', 'm/x1.py', ['y1']),
      migration('y1', 'm/y1.py', ['x1']),
    ];
    const reports = check(migrationGraph, facts({
      migrations,
      migrationKind: 'alembic',
      migrationGraph: { heads: ['c3', 'b2'], roots: ['a1'], dangling: [{ id: 'd4', missingParent: 'zz' }], duplicates: [{ id: 'b2', files: ['m/b2.py', 'm/b2_copy.py'] }], cycles: [['y1', 'x1']] },
    }));
    expect(reports.map((r) => `${r.messageId} ${r.location.file}:${r.location.line} ${r.subject}`).sort()).toEqual([
      'cycle m/x1.py:3 x1',
      'dangling m/d4.py:3 d4',
      'duplicate m/b2_copy.py:2 b2',
      'multipleHeads m/b2.py:2 b2',
    ]);
    expect(reports.find((r) => r.messageId === 'multipleHeads')!.message).toBe('The migrations have 2 heads (b2 in m/b2.py and m/b2_copy.py and c3 in m/c3.py); "alembic upgrade head" fails until they are merged (alembic merge heads)');
    expect(reports.find((r) => r.messageId === 'dangling')!.message).toBe('Revision "d4" (m/d4.py) has down_revision "zz", which no migration defines');
  });

  it('reports SQL version clashes and is quiet on a straight line', () => {
    const reports = check(migrationGraph, facts({
      migrations: [migration('1', 'db/V1__a.sql', []), migration('1', 'db/V1__b.sql', [])],
      migrationGraph: { heads: ['1'], roots: ['1'], dangling: [], duplicates: [], cycles: [] },
      versionClashes: [{ version: '1', files: ['db/V1__b.sql', 'db/V1__a.sql'] }],
    }));
    expect(where(reports)).toEqual(['db/V1__b.sql:2:1 1']);
  });
});

describe('parse-error and unresolved', () => {
  const problems = [
    { kind: 'parse-error' as const, message: 'unexpected indent', location: loc('app/models/bad.py', 4, 3) },
    { kind: 'unresolved' as const, message: 'op.execute of a built string', location: loc('m/9.py', 12, 5), tables: ['public.events'] },
    { kind: 'unresolved' as const, message: 'columns built in a loop', location: loc('m/10.py', 7, 5) },
  ];
  it('turn frontend problems into findings by kind', () => {
    expect(where(check(parseError, facts({ problems })))).toEqual(['app/models/bad.py:4:3 app/models/bad.py']);
    expect(where(check(unresolved, facts({ problems })))).toEqual(['m/10.py:7:5 m/10.py', 'm/9.py:12:5 events']);
  });
});

describe('schema diff helpers', () => {
  it('normalises server defaults the way Postgres stores them', async () => {
    const { normalizeDefault } = await import('../src/schema/diff.js');
    expect(normalizeDefault('CURRENT_TIMESTAMP')).toBe(normalizeDefault('now()'));
    expect(normalizeDefault("'x'::character varying")).toBe("'x'");
    expect(normalizeDefault("('pending'::character varying(20))")).toBe("'pending'");
    expect(normalizeDefault("'0'")).toBe('0');
    expect(normalizeDefault('FALSE')).toBe('false');
    expect(normalizeDefault("'::text'")).toBe("'::text'");
    expect(normalizeDefault("'2020-01-01 00:00:00'::timestamp without time zone")).toBe("'2020-01-01 00:00:00'");
    expect(normalizeDefault("'a'")).not.toBe(normalizeDefault("'b'"));
  });

  it('suggests the closest name by containment, then edit distance', async () => {
    const { closestName } = await import('../src/engine/messages.js');
    expect(closestName('webhook_queue', ['workflow_monitoring', 'n8n_webhook_queue', 'webhooks'])).toBe('n8n_webhook_queue');
    expect(closestName('campaign', ['campaigns', 'leads'])).toBe('campaigns');
    expect(closestName('auto_responses', ['leads', 'campaigns'])).toBeNull();
    expect(closestName('ab', ['abc_table'])).toBeNull();
  });
});
