import { discoverFiles } from './files.js';

/**
 * `ormlint init`: a starter .ormlint.yml from the layout found under root. It only looks at file
 * names (where the models package, Alembic versions or SQL migrations are), never at contents.
 */
export async function starterConfig(root: string): Promise<string> {
  const { files } = await discoverFiles(
    root,
    ['**/models/__init__.py', '**/models.py', '**/versions/*.py', '**/migrations/**/*.sql', '**/*.sql'],
    [],
    1024 * 1024,
  );
  const paths = files.map((f) => f.path);
  const shallowest = (list: string[]): string | undefined =>
    [...list].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];

  const registry = shallowest(paths.filter((p) => p.endsWith('models/__init__.py')));
  const modelsModule = shallowest(paths.filter((p) => p.endsWith('/models.py') || p === 'models.py'));
  const versions = shallowest(paths.filter((p) => /(^|\/)versions\/[^/]+\.py$/u.test(p) && !p.endsWith('__init__.py')));
  const sqlFile = shallowest(paths.filter((p) => p.endsWith('.sql')));

  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/ormlint/ormlint/main/schema/ormlint.schema.json',
    '# ormlint configuration — see README.md "Configuration". Written by `ormlint init`; edit freely.',
  ];
  if (registry || modelsModule) {
    const modelsDir = registry ? registry.slice(0, -'__init__.py'.length) : '';
    lines.push(
      'models:',
      '  orm: sqlalchemy',
      `  include: [${JSON.stringify(registry ? `${modelsDir}**/*.py` : modelsModule!)}]`,
      `  registry: [${JSON.stringify(registry ?? modelsModule!)}]`,
    );
  } else {
    lines.push('# No SQLAlchemy models package found; set models.include and models.registry.', '# models:', '#   orm: sqlalchemy');
  }
  if (versions) {
    lines.push('migrations:', '  kind: alembic', `  include: [${JSON.stringify(`${versions.slice(0, versions.lastIndexOf('/'))}/*.py`)}]`);
  } else if (sqlFile) {
    const dir = sqlFile.includes('/') ? sqlFile.slice(0, sqlFile.lastIndexOf('/')) : '.';
    lines.push('migrations:', '  kind: sql', `  include: [${JSON.stringify(dir === '.' ? '*.sql' : `${dir}/**/*.sql`)}]`);
  } else {
    lines.push('# No migrations found; set migrations.kind and migrations.include.', '# migrations:', '#   kind: alembic');
  }
  lines.push('dialect: postgres', 'defaultSchema: public', 'rules: {}', '');
  return lines.join('\n');
}
