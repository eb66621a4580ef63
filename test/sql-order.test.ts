import { describe, expect, it } from 'vitest';
import { classifyMigrationFile, orderMigrationFiles } from '../src/frontends/sql/order.js';

const order = (paths: string[]): string[] => orderMigrationFiles(paths).files.map((f) => f.path);

describe('SQL migration ordering', () => {
  it('orders Flyway versions numerically: V10 after V9, V1.2 between V1 and V2', () => {
    expect(order(['db/V10__ten.sql', 'db/V2__two.sql', 'db/V1.2__one_two.sql', 'db/V9__nine.sql', 'db/V1__one.sql'])).toEqual([
      'db/V1__one.sql',
      'db/V1.2__one_two.sql',
      'db/V2__two.sql',
      'db/V9__nine.sql',
      'db/V10__ten.sql',
    ]);
  });

  it('runs repeatables after every versioned migration and ignores undo files', () => {
    expect(order(['db/R__views.sql', 'db/V2__b.sql', 'db/U2__b.sql', 'db/R__functions.sql', 'db/V1__a.sql'])).toEqual([
      'db/V1__a.sql',
      'db/V2__b.sql',
      'db/R__functions.sql',
      'db/R__views.sql',
    ]);
  });

  it('orders golang-migrate up files and ignores down files', () => {
    expect(order(['m/0002_users.up.sql', 'm/0002_users.down.sql', 'm/0010_x.up.sql', 'm/0001_init.up.sql', 'm/0001_init.down.sql'])).toEqual([
      'm/0001_init.up.sql',
      'm/0002_users.up.sql',
      'm/0010_x.up.sql',
    ]);
  });

  it('takes Prisma versions from the timestamp folder', () => {
    const result = orderMigrationFiles([
      'prisma/migrations/20240301090000_add_posts/migration.sql',
      'prisma/migrations/20240101120000_init/migration.sql',
    ]);
    expect(result.files.map((f) => [f.version, f.description])).toEqual([
      ['20240101120000', 'init'],
      ['20240301090000', 'add_posts'],
    ]);
  });

  it('orders dbmate timestamps and Drizzle counters', () => {
    expect(order(['db/20240102000000_b.sql', 'db/20231231235959_a.sql'])).toEqual(['db/20231231235959_a.sql', 'db/20240102000000_b.sql']);
    expect(order(['drizzle/0001_brave_hulk.sql', 'drizzle/0000_init.sql', 'drizzle/meta/_journal.json'])).toEqual([
      'drizzle/0000_init.sql',
      'drizzle/0001_brave_hulk.sql',
    ]);
  });

  it('detects two files claiming one version, including V1 vs V1.0', () => {
    expect(orderMigrationFiles(['db/V1__a.sql', 'db/V1.0__b.sql', 'db/V2__c.sql', 'db/0003_x.sql', 'db/0003_y.sql']).clashes).toEqual([
      { version: '1.0', files: ['db/V1.0__b.sql', 'db/V1__a.sql'] },
      { version: '0003', files: ['db/0003_x.sql', 'db/0003_y.sql'] },
    ]);
  });

  it('classifies names', () => {
    expect(classifyMigrationFile('a/V1_2__x.sql')).toMatchObject({ kind: 'versioned', version: '1_2', segments: [1n, 2n], description: 'x' });
    expect(classifyMigrationFile('a/deploy/users.sql')).toMatchObject({ kind: 'unversioned', version: 'users' });
    expect(classifyMigrationFile('a/README.md')).toBeNull();
  });
});
