import { describe, expect, it } from 'vitest';
import { readRevisionFile, unknownTypeNotices } from '../src/frontends/python/alembic.js';

const FILE = 'migrations/versions/0001_x.py';
const HEADER = `from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None

`;
/** Line of the first line of the upgrade body (HEADER is 7 lines, then `def upgrade():`). */
const BODY = 9;

async function read(body: string) {
  const text = `${HEADER}def upgrade():\n${body.replace(/^\n/u, '').split('\n').map((l) => (l ? `    ${l}` : l)).join('\n')}\n`;
  const { revision, problems } = await readRevisionFile({ path: FILE, text }, 'public');
  return { operations: revision!.operations, problems };
}

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ file: FILE, line, column, endLine, endColumn });
/** Drops locations so shape assertions stay readable; locations are asserted separately. */
function strip<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'location' ? undefined : v)));
}

describe('op.create_table', () => {
  it('reads columns, a serial key, defaults, column indexes and table constraints', async () => {
    const { operations, problems } = await read(`
op.create_table(
    "users",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("email", sa.String(length=255), nullable=False),
    sa.Column("name", sa.String(50), server_default="anon"),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.Column("active", sa.Boolean(), server_default=sa.false()),
    sa.Column("org_id", sa.Integer(), sa.ForeignKey("orgs.id", ondelete="cascade"), index=True),
    sa.Column("code", sa.String(8), unique=True),
    sa.Column("slug", sa.Text(), unique=True, index=True),
    sa.Column("score", sa.Numeric(10, 2), default=0),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    sa.CheckConstraint("score >= 0", name="ck_score"),
    schema="app",
)`);
    expect(problems).toEqual([]);
    expect(strip(operations)).toEqual([{
      op: 'createTable',
      table: { schema: 'app', name: 'users' },
      columns: [
        { name: 'id', type: 'integer', nullable: false, generated: 'serial', default: null },
        { name: 'email', type: 'character varying(255)', nullable: false },
        { name: 'name', type: 'character varying(50)', default: "'anon'::character varying" },
        { name: 'created_at', type: 'timestamp with time zone', nullable: false, default: 'now()' },
        { name: 'active', type: 'boolean', default: 'false' },
        { name: 'org_id', type: 'integer' },
        { name: 'code', type: 'character varying(8)' },
        { name: 'slug', type: 'text' },
        { name: 'score', type: 'numeric(10,2)' },
      ],
      constraints: [
        { kind: 'primaryKey', name: null, columns: ['id'] },
        { kind: 'foreignKey', name: null, columns: ['org_id'], refTable: { schema: null, name: 'orgs' }, refColumns: ['id'], onDelete: 'CASCADE', onUpdate: null },
        { kind: 'unique', name: null, columns: ['code'] },
        { kind: 'unique', name: 'uq_users_email', columns: ['email'] },
        { kind: 'check', name: 'ck_score', expression: 'score >= 0' },
      ],
      indexes: [
        { name: 'ix_users_org_id', columns: ['org_id'], unique: false },
        { name: 'ix_users_slug', columns: ['slug'], unique: true },
      ],
    }]);
    expect(operations[0]!.location).toEqual(at(BODY, 5, BODY + 15, 6));
    const created = operations[0] as Extract<(typeof operations)[0], { op: 'createTable' }>;
    expect(created.columns[1]!.location).toEqual(at(BODY + 3, 9, BODY + 3, 66));
  });

  it('makes a lone Integer key a serial, but not with autoincrement=False, a composite key, a default or a foreign key', async () => {
    const { operations } = await read(`
op.create_table("a", sa.Column("id", sa.BigInteger(), primary_key=True))
op.create_table("b", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False))
op.create_table("c", sa.Column("x", sa.Integer(), primary_key=True), sa.Column("y", sa.Integer(), primary_key=True))
op.create_table("d", sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True, server_default=sa.text("gen_random_uuid()")))
op.create_table("e", sa.Column("id", sa.Integer(), sa.Identity(always=True), primary_key=True))
op.create_table("f", sa.Column("id", sa.Integer(), nullable=False), sa.ForeignKeyConstraint(["id"], ["a.id"]), sa.PrimaryKeyConstraint("id"))`);
    expect(strip(operations).map((o: any) => [o.table.name, o.columns, o.constraints])).toEqual([
      ['a', [{ name: 'id', type: 'bigint', nullable: false, generated: 'serial', default: null }], [{ kind: 'primaryKey', name: null, columns: ['id'] }]],
      ['b', [{ name: 'id', type: 'integer', nullable: false }], [{ kind: 'primaryKey', name: null, columns: ['id'] }]],
      ['c', [{ name: 'x', type: 'integer', nullable: false }, { name: 'y', type: 'integer', nullable: false }], [{ kind: 'primaryKey', name: null, columns: ['x', 'y'] }]],
      ['d', [{ name: 'id', type: 'uuid', nullable: false, default: 'gen_random_uuid()' }], [{ kind: 'primaryKey', name: null, columns: ['id'] }]],
      ['e', [{ name: 'id', type: 'integer', nullable: false, generated: 'identity' }], [{ kind: 'primaryKey', name: null, columns: ['id'] }]],
      ['f', [{ name: 'id', type: 'integer', nullable: false }], [
        { kind: 'primaryKey', name: null, columns: ['id'] },
        { kind: 'foreignKey', name: null, columns: ['id'], refTable: { schema: null, name: 'a' }, refColumns: ['id'], onDelete: null, onUpdate: null },
      ]],
    ]);
  });

  it('creates a named enum with its table, unless create_type=False', async () => {
    const { operations } = await read(`
op.create_table("t",
    sa.Column("status", sa.Enum("draft", "sent", name="status"), nullable=False),
    sa.Column("kind", postgresql.ENUM("a", "b", name="kind", create_type=False)),
)`);
    expect(strip(operations[0] as any).columns).toEqual([
      { name: 'status', type: 'status', nullable: false, createsEnum: { name: { schema: null, name: 'status' }, values: ['draft', 'sent'] } },
      { name: 'kind', type: 'kind' },
    ]);
  });

  it('creates a shared enum once and comments after the table', async () => {
    const { operations } = await read(`
op.create_table("t",
    sa.Column("a", sa.Enum("x", "y", name="xy"), comment="first"),
    sa.Column("b", sa.Enum("x", "y", name="xy")),
    comment="A table",
)`);
    expect(strip(operations)).toEqual([
      { op: 'createTable', table: { schema: null, name: 't' }, columns: [
        { name: 'a', type: 'xy', createsEnum: { name: { schema: null, name: 'xy' }, values: ['x', 'y'] } },
        { name: 'b', type: 'xy' },
      ], constraints: [] },
      { op: 'comment', table: { schema: null, name: 't' }, column: null, text: 'A table' },
      { op: 'comment', table: { schema: null, name: 't' }, column: 'a', text: 'first' },
    ]);
  });

  it('reads sa.Index and sa.ForeignKeyConstraint items', async () => {
    const { operations } = await read(`
op.create_table("posts",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("author_id", sa.Integer()),
    sa.ForeignKeyConstraint(["author_id"], ["auth.users.id"], name="fk_author", onupdate="SET NULL"),
    sa.Index("ix_posts_author", "author_id", unique=True),
    sa.Index("ix_posts_live", "id", postgresql_where=sa.text("author_id IS NOT NULL")),
    sa.PrimaryKeyConstraint("id", name="posts_pk"),
)`);
    const created = strip(operations[0] as any);
    expect(created.constraints).toEqual([
      { kind: 'primaryKey', name: 'posts_pk', columns: ['id'] },
      { kind: 'foreignKey', name: 'fk_author', columns: ['author_id'], refTable: { schema: 'auth', name: 'users' }, refColumns: ['id'], onDelete: null, onUpdate: 'SET NULL' },
    ]);
    expect(created.indexes).toEqual([{ name: 'ix_posts_author', columns: ['author_id'], unique: true }]);
    expect(strip(operations[1])).toEqual({ op: 'createIndex', table: { schema: null, name: 'posts' }, schema: null, name: 'ix_posts_live', columns: ['id'], unique: false, where: 'author_id IS NOT NULL' });
    expect(operations[1]!.location.line).toBe(BODY + 5);
  });
});

describe('the other operations', () => {
  it('reads every table-level op, with op.f() names and schema=', async () => {
    const { operations, problems } = await read(`
op.drop_table("old")
op.rename_table("a", "b", schema="s")
op.add_column("users", sa.Column("age", sa.SmallInteger(), nullable=True))
op.drop_column("users", "legacy")
op.create_index(op.f("ix_users_age"), "users", ["age"], unique=False)
op.create_index("ix_lower_email", "users", [sa.text("lower(email)")], unique=True, postgresql_where=sa.text("active"))
op.drop_index(op.f("ix_users_name"), table_name="users")
op.create_foreign_key("fk_u_org", "users", "orgs", ["org_id"], ["id"], ondelete="SET NULL", referent_schema="crm")
op.create_unique_constraint("uq_u_email", "users", ["email"])
op.create_primary_key("pk_users", "users", ["id"])
op.create_check_constraint("ck_age", "users", "age > 0")
op.drop_constraint("fk_old", "users", type_="foreignkey")`);
    expect(problems).toEqual([]);
    expect(strip(operations)).toEqual([
      { op: 'dropTable', table: { schema: null, name: 'old' } },
      { op: 'renameTable', table: { schema: 's', name: 'a' }, newName: 'b' },
      { op: 'addColumn', table: { schema: null, name: 'users' }, column: { name: 'age', type: 'smallint', nullable: true } },
      { op: 'dropColumn', table: { schema: null, name: 'users' }, column: 'legacy' },
      { op: 'createIndex', table: { schema: null, name: 'users' }, name: 'ix_users_age', columns: ['age'], unique: false, where: null, schema: null },
      { op: 'createIndex', table: { schema: null, name: 'users' }, name: 'ix_lower_email', columns: ['(lower(email))'], unique: true, where: 'active', schema: null },
      { op: 'dropIndex', index: { schema: null, name: 'ix_users_name' } },
      { op: 'addConstraint', table: { schema: null, name: 'users' }, constraint: { kind: 'foreignKey', name: 'fk_u_org', columns: ['org_id'], refTable: { schema: 'crm', name: 'orgs' }, refColumns: ['id'], onDelete: 'SET NULL', onUpdate: null } },
      { op: 'addConstraint', table: { schema: null, name: 'users' }, constraint: { kind: 'unique', name: 'uq_u_email', columns: ['email'] } },
      { op: 'addConstraint', table: { schema: null, name: 'users' }, constraint: { kind: 'primaryKey', name: 'pk_users', columns: ['id'] } },
      { op: 'addConstraint', table: { schema: null, name: 'users' }, constraint: { kind: 'check', name: 'ck_age', expression: 'age > 0' } },
      { op: 'dropConstraint', table: { schema: null, name: 'users' }, name: 'fk_old' },
    ]);
    expect(operations.map((o) => o.location.line)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((i) => BODY + i));
  });

  it('adds a column with its foreign key, unique constraint and index as Alembic does', async () => {
    const { operations } = await read(`
op.add_column("users", sa.Column("team_id", sa.Integer(), sa.ForeignKey("teams.id"), index=True))
op.add_column("users", sa.Column("handle", sa.String(20), unique=True, server_default=""))
op.add_column("users", sa.Column("mood", sa.Enum("up", "down", name="mood")))`);
    const users = { schema: null, name: 'users' };
    expect(strip(operations)).toEqual([
      { op: 'addColumn', table: users, column: { name: 'team_id', type: 'integer' } },
      { op: 'addConstraint', table: users, constraint: { kind: 'foreignKey', name: null, columns: ['team_id'], refTable: { schema: null, name: 'teams' }, refColumns: ['id'], onDelete: null, onUpdate: null } },
      { op: 'createIndex', table: users, name: 'ix_users_team_id', columns: ['team_id'], unique: false, where: null, schema: null },
      { op: 'addColumn', table: users, column: { name: 'handle', type: 'character varying(20)', default: "''::character varying" } },
      { op: 'addConstraint', table: users, constraint: { kind: 'unique', name: null, columns: ['handle'] } },
      { op: 'addColumn', table: users, column: { name: 'mood', type: 'mood' } },
    ]);
  });

  it('reads alter_column: type, nullability, defaults and a rename last', async () => {
    const { operations } = await read(`
op.alter_column("users", "name", existing_type=sa.VARCHAR(length=50), type_=sa.String(100), nullable=False, new_column_name="full_name")
op.alter_column("users", "status", existing_type=sa.String(10), server_default="new")
op.alter_column("users", "age", server_default=None, existing_nullable=True)
op.alter_column("users", "note", existing_type=sa.Text(), existing_nullable=True)`);
    const users = { schema: null, name: 'users' };
    expect(strip(operations)).toEqual([
      { op: 'alterColumn', table: users, column: 'name', type: 'character varying(100)', nullable: false },
      { op: 'renameColumn', table: users, column: 'name', newName: 'full_name' },
      { op: 'alterColumn', table: users, column: 'status', default: "'new'::character varying" },
      { op: 'alterColumn', table: users, column: 'age', default: null },
    ]);
  });

  it('reads batch_alter_table blocks against their table', async () => {
    const { operations, problems } = await read(`
with op.batch_alter_table("users", schema="app") as batch_op:
    batch_op.add_column(sa.Column("nick", sa.String(30), nullable=True))
    batch_op.alter_column("email", existing_type=sa.String(255), nullable=True)
    batch_op.create_index(batch_op.f("ix_users_nick"), ["nick"], unique=False)
    batch_op.create_foreign_key("fk_users_org", "orgs", ["org_id"], ["id"])
    batch_op.create_unique_constraint("uq_nick", ["nick"])
    batch_op.drop_constraint("old_fk", type_="foreignkey")
    batch_op.drop_index("ix_old")
    batch_op.drop_column("legacy")`);
    expect(problems).toEqual([]);
    const users = { schema: 'app', name: 'users' };
    expect(strip(operations)).toEqual([
      { op: 'addColumn', table: users, column: { name: 'nick', type: 'character varying(30)', nullable: true } },
      { op: 'alterColumn', table: users, column: 'email', nullable: true },
      { op: 'createIndex', table: users, name: 'ix_users_nick', columns: ['nick'], unique: false, where: null, schema: 'app' },
      { op: 'addConstraint', table: users, constraint: { kind: 'foreignKey', name: 'fk_users_org', columns: ['org_id'], refTable: { schema: null, name: 'orgs' }, refColumns: ['id'], onDelete: null, onUpdate: null } },
      { op: 'addConstraint', table: users, constraint: { kind: 'unique', name: 'uq_nick', columns: ['nick'] } },
      { op: 'dropConstraint', table: users, name: 'old_fk' },
      { op: 'dropIndex', index: { schema: 'app', name: 'ix_old' } },
      { op: 'dropColumn', table: users, column: 'legacy' },
    ]);
    expect(operations[0]!.location).toEqual(at(BODY + 1, 9, BODY + 1, 77));
  });

  it('creates and drops enum types through .create(bind) / .drop(bind)', async () => {
    const { operations } = await read(`
status = postgresql.ENUM("a", "b", name="status")
status.create(op.get_bind())
sa.Enum("x", name="plain").create(op.get_bind())
postgresql.ENUM(name="gone").drop(op.get_bind(), checkfirst=False)`);
    expect(strip(operations)).toEqual([
      { op: 'createEnum', name: { schema: null, name: 'status' }, values: ['a', 'b'], ifNotExists: true },
      { op: 'createEnum', name: { schema: null, name: 'plain' }, values: ['x'] },
      { op: 'dropEnum', name: { schema: null, name: 'gone' } },
    ]);
  });

  it('skips data fixes and alembic_utils entities quietly', async () => {
    const { operations, problems } = await read(`
conn = op.get_bind()
conn.execute(sa.text("UPDATE users SET x = 1"))
op.create_entity(my_function)
op.bulk_insert(users_table, [{"id": 1}])
op.execute(users_table.update().values(x=1))
print("done")`);
    expect(operations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('op.execute', () => {
  it('replays literal SQL through the SQL frontend, pointing into the string', async () => {
    const { operations, problems } = await read(`
op.execute("ALTER TABLE users RENAME TO members")
op.execute(sa.text("""
    CREATE INDEX ix_members_email ON members (email)
"""))`);
    expect(problems).toEqual([]);
    expect(strip(operations)).toEqual([
      { op: 'renameTable', table: { schema: null, name: 'users' }, newName: 'members' },
      expect.objectContaining({ op: 'createIndex', table: { schema: null, name: 'members' }, name: 'ix_members_email', columns: ['email'], unique: false }),
    ]);
    expect(operations[0]!.location).toMatchObject({ file: FILE, line: BODY, column: 17 });
    expect(operations[1]!.location).toMatchObject({ file: FILE, line: BODY + 2, column: 9 });
  });

  it('marks built SQL as uncertain with an unresolved problem at the call', async () => {
    const { operations, problems } = await read(`
op.execute(f"DROP TABLE {name}")
op.execute("DROP TABLE %s" % name)
op.execute(query)
op.execute("DROP TABLE {}".format(name))`);
    expect(strip(operations)).toEqual([
      { op: 'uncertain', tables: [], reason: 'op.execute() of an f-string cannot be read statically' },
      { op: 'uncertain', tables: [], reason: 'op.execute() of a string built with an operator cannot be read statically' },
      { op: 'uncertain', tables: [], reason: 'op.execute(query) runs SQL held in a variable, which cannot be read statically' },
      { op: 'uncertain', tables: [], reason: 'op.execute() of a string built with .format() cannot be read statically' },
    ]);
    expect(problems.map((p) => [p.kind, p.location.line, p.location.column, p.message])).toEqual([
      ['unresolved', BODY, 5, 'Op.execute() of an f-string cannot be read statically'],
      ['unresolved', BODY + 1, 5, 'Op.execute() of a string built with an operator cannot be read statically'],
      ['unresolved', BODY + 2, 5, 'Op.execute(query) runs SQL held in a variable, which cannot be read statically'],
      ['unresolved', BODY + 3, 5, 'Op.execute() of a string built with .format() cannot be read statically'],
    ]);
  });

  it('reads a local variable bound once to a literal', async () => {
    const { operations } = await read(`
sql = "DROP TABLE legacy"
op.execute(sql)`);
    expect(strip(operations)).toEqual([expect.objectContaining({ op: 'dropTable', table: { schema: null, name: 'legacy' } })]);
  });
});

describe('code that cannot be replayed statically', () => {
  it('replays loops over literals, and marks other loops, variable table names and dynamic columns uncertain', async () => {
    const { operations, problems } = await read(`
for name in ["a", "b"]:
    op.add_column(name, sa.Column("x", sa.Integer()))
for col in cols:
    op.add_column("fixed", sa.Column(col, sa.Integer()))
op.create_table(table_name, sa.Column("id", sa.Integer()))
op.create_table("partial", sa.Column("id", sa.Integer(), nullable=False), sa.Column(dynamic, sa.Text()))`);
    expect(strip(operations)).toEqual([
      // A loop over a literal list is replayed once per item.
      { op: 'addColumn', table: { schema: null, name: 'a' }, column: { name: 'x', type: 'integer' } },
      { op: 'addColumn', table: { schema: null, name: 'b' }, column: { name: 'x', type: 'integer' } },
      { op: 'uncertain', tables: [{ schema: null, name: 'fixed' }], reason: 'migration operations inside a loop cannot be replayed statically' },
      { op: 'uncertain', tables: [], reason: 'the table name of op.create_table() is not a literal' },
      { op: 'createTable', table: { schema: null, name: 'partial' }, columns: [{ name: 'id', type: 'integer', nullable: false }], constraints: [] },
      { op: 'uncertain', tables: [{ schema: null, name: 'partial' }], reason: 'the column name `dynamic` is not a literal' },
    ]);
    expect(problems.map((p) => [p.location.line, p.location.column, p.tables ?? null, p.message])).toEqual([
      [BODY + 2, 5, ['public.fixed'], 'Migration operations inside a loop cannot be replayed statically; table "fixed" marked uncertain'],
      [BODY + 4, 5, null, 'The table name of op.create_table() is not a literal'],
      [BODY + 5, 89, ['public.partial'], 'The column name `dynamic` is not a literal; table "partial" marked uncertain'],
    ]);
  });

  it('replays an if body, says the condition is unknown, and marks else branches uncertain', async () => {
    const { operations, problems } = await read(`
if not has_table:
    op.create_table("t", sa.Column("id", sa.Integer(), primary_key=True))
else:
    op.add_column("t", sa.Column("x", sa.Integer()))`);
    expect(strip(operations).map((o: any) => [o.op, o.table?.name ?? o.tables])).toEqual([
      ['createTable', 't'],
      ['uncertain', [{ schema: null, name: 't' }]],
    ]);
    expect(problems).toEqual([{
      kind: 'unresolved',
      message: 'The condition of this `if` in upgrade() cannot be evaluated statically; its body is replayed as if the condition held',
      location: at(BODY, 5, BODY + 3, 57),
      cause: 'undecided-condition',
      item: 'not has_table',
    }]);
  });

  it('says nothing about an if that touches no table', async () => {
    const { operations, problems } = await read(`
if context.is_offline_mode():
    print("offline")`);
    expect(operations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('inlines a simple helper one level and marks a helper with arguments uncertain', async () => {
    const text = `${HEADER}def _create_tags():
    op.create_table("tags", sa.Column("id", sa.Integer(), primary_key=True))


def _add(table):
    op.add_column(table, sa.Column("x", sa.Integer()))
    op.drop_column("known", "y")


def upgrade():
    _create_tags()
    _add("users")
`;
    const { revision, problems } = await readRevisionFile({ path: FILE, text }, 'public');
    expect(strip(revision!.operations).map((o: any) => [o.op, o.table?.name ?? o.tables])).toEqual([
      ['createTable', 'tags'],
      ['uncertain', [{ schema: null, name: 'known' }]],
    ]);
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([
      [19, 'The helper _add() takes arguments (or calls further helpers), so its migration operations cannot be replayed statically; table "known" marked uncertain'],
    ]);
  });

  it('reports an unknown column type and an unknown op', async () => {
    const text = `${HEADER}from app.types import GeometryType\n\ndef upgrade():\n    op.add_column("t", sa.Column("g", GeometryType()))\n    op.add_column("u", sa.Column("h", GeometryType(srid=4326)))\n    op.frobnicate("t")\n`;
    const { revision, problems, unknownTypes } = await readRevisionFile({ path: FILE, text }, 'public');
    expect(strip(revision!.operations)[0]).toEqual({ op: 'addColumn', table: { schema: null, name: 't' }, column: { name: 'g', type: null } });
    expect(problems.map((p) => [p.location.line, p.location.column, p.message])).toEqual([
      [BODY + 4, 5, 'op.frobnicate() is not an operation ormlint understands; its effect on the schema is not replayed'],
    ]);
    // Counted under one cause, with the type as its item: the unresolved rule says it once.
    expect(unknownTypeNotices(unknownTypes).map((p) => [p.location.line, p.location.column, p.cause, p.item, p.message])).toEqual([
      [BODY + 2, 39, 'unknown-type', 'GeometryType', 'The type of column "t.g" is unknown: the column type `GeometryType` is not a SQLAlchemy type ormlint knows'],
      [BODY + 3, 39, 'unknown-type', 'GeometryType', 'The type of column "u.h" is unknown: the column type `GeometryType` is not a SQLAlchemy type ormlint knows'],
    ]);
  });
});

describe('conditions decided by the configured dialect', () => {
  const ops = async (body: string) => strip((await read(body)).operations).map((o: any) => `${o.op} ${o.table?.name ?? ''}`.trim());

  it('replays only the branch of the configured dialect', async () => {
    expect(await ops(`
bind = op.get_bind()
url = str(bind.engine.url)
if url.startswith(("mysql", "mariadb")):
    op.drop_table("a")
elif url.startswith("postgres"):
    op.drop_table("b")
else:
    op.drop_table("c")
if bind.dialect.name in ("postgresql", "cockroachdb") and not op.get_context().as_sql:
    op.drop_table("d")
if op.get_bind().dialect.name == "sqlite" or False:
    op.drop_table("e")
if url.startswith("sqlite") is False:
    op.drop_table("f")`)).toEqual(['dropTable b', 'dropTable d', 'dropTable f']);
  });

  it('leaves conditions on anything else undecided, and says so', async () => {
    const { operations, problems } = await read(`
bind = op.get_bind()
if bind.dialect.name == "postgresql" and has_column:
    op.drop_table("a")
if str(bind.engine.url).startswith("postgresql+psycopg2"):
    op.drop_table("b")`);
    expect(strip(operations).map((o: any) => o.table?.name)).toEqual(['a', 'b']);
    expect(problems.map((p) => p.location.line)).toEqual([BODY + 1, BODY + 3]);
  });

  it('ends upgrade() at a return in a decided branch, but not in an undecided one', async () => {
    expect(await ops(`
if has_it:
    return
op.drop_table("a")
if op.get_bind().dialect.name != "mysql":
    return
op.drop_table("b")`)).toEqual(['dropTable a']);
  });
});

describe('constants', () => {
  it('evaluates names bound once, f-strings and + of constants, and loops over constant dicts', async () => {
    const text = `${HEADER}INDEXES = {"ix_t_a": ["a"], "ix_t_b": ["b", "c"]}
PREFIX = "ix_t"


def upgrade():
    table = "t"
    for name, columns in INDEXES.items():
        op.create_index(name, table, columns)
    op.drop_index(f"{PREFIX}_" + "a", table_name=table)
    suffix = "x"
    suffix = "y"
    op.drop_index(f"{PREFIX}_{suffix}", table_name=table)
`;
    const { revision, problems } = await readRevisionFile({ path: FILE, text }, 'public');
    expect(strip(revision!.operations).map((o: any) => [o.op, o.name ?? o.index?.name ?? null, o.columns ?? null])).toEqual([
      ['createIndex', 'ix_t_a', ['a']],
      ['createIndex', 'ix_t_b', ['b', 'c']],
      ['dropIndex', 'ix_t_a', null],
      // suffix is assigned twice: not a constant.
      ['uncertain', null, null],
    ]);
    expect(problems.map((p) => [p.location.line, p.message])).toEqual([[19, 'The index name `f"{PREFIX}_{suffix}"` is not a literal']]);
  });
});

describe('str methods on constants (CKAN 016_37ada738328e)', () => {
  it('evaluates replace, lower, upper and strip on constant strings, and leaves other methods unknown', async () => {
    const text = `${HEADER}foreign_keys = [("package_tag", "tag_id"), ("rating", "package_id")]
continuity = ["package_revision"]


def upgrade():
    for table, column in foreign_keys:
        op.add_column(table, sa.Column(column, sa.UnicodeText, sa.ForeignKey(column.replace("_", "."))))
    for table in continuity:
        op.add_column(table, sa.Column("continuity_id", sa.UnicodeText, sa.ForeignKey(table.replace("_revision", ".id", 1))))
    op.create_index("  IX_Tag_Name ".strip().lower(), "tag", ["name".upper()])
    op.create_index("ix_b".title(), "tag", ["b"])
`;
    const { revision, problems } = await readRevisionFile({ path: FILE, text }, 'public');
    const ops = strip(revision!.operations) as any[];
    const target = (o: any) => (o.constraint ? `${o.constraint.columns} -> ${o.constraint.refTable.name}.${o.constraint.refColumns}` : o.columns ?? null);
    expect(ops.map((o) => [o.op, o.table?.name ?? null, o.column?.name ?? o.name ?? null, target(o)])).toEqual([
      ['addColumn', 'package_tag', 'tag_id', null],
      ['addConstraint', 'package_tag', null, 'tag_id -> tag.id'],
      ['addColumn', 'rating', 'package_id', null],
      ['addConstraint', 'rating', null, 'package_id -> package.id'],
      ['addColumn', 'package_revision', 'continuity_id', null],
      ['addConstraint', 'package_revision', null, 'continuity_id -> package.id'],
      ['createIndex', 'tag', 'ix_tag_name', ['NAME']],
      ['uncertain', null, null, null],
    ]);
    expect(problems.map((p) => p.message)).toEqual(['The name `"ix_b".title()` is not a literal; table "tag" marked uncertain']);
  });
});

describe('create_table under a name ormlint cannot evaluate', () => {
  it('says which names it may create from the literal parts of an f-string, and nothing for an opaque name', async () => {
    const { operations } = await read(`
prefix = op.get_context().opts["table_prefix"]
op.create_table(f"{prefix}users", sa.Column("id", sa.Integer(), primary_key=True))
op.create_table(f"{prefix}", sa.Column("id", sa.Integer(), primary_key=True))
op.create_table(prefix, sa.Column("id", sa.Integer(), primary_key=True))`);
    expect((strip(operations) as any[]).map((o) => [o.op, o.createsMatching ?? null])).toEqual([
      ['uncertain', ['*users']],
      ['uncertain', null],
      ['uncertain', null],
    ]);
  });
});

describe('a server default given positionally', () => {
  it('reads sa.Column(name, type, sa.DefaultClause(x)) as server_default=x', async () => {
    const { operations, problems } = await read(`
op.add_column("logs", sa.Column("logged_at", sa.DateTime(), sa.DefaultClause(sa.text("now()")), nullable=False))`);
    expect(problems).toEqual([]);
    expect((strip(operations) as any[]).map((o) => [o.op, o.column.name, o.column.default])).toEqual([['addColumn', 'logged_at', 'now()']]);
  });
});

describe('use_alter foreign keys', () => {
  it('are left out of op.create_table, as SQLAlchemy does on Postgres, but op.add_column adds them', async () => {
    const { operations, problems } = await read(`
op.create_table(
    "flow_run",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("state_id", sa.Integer(), sa.ForeignKey("flow_run_state.id", use_alter=True)),
    sa.Column("task_id", sa.Integer()),
    sa.ForeignKeyConstraint(["task_id"], ["task_run.id"], name="fk_flow_run_task", use_alter=True),
)
op.add_column("flow_run", sa.Column("parent_id", sa.Integer(), sa.ForeignKey("flow_run.id", use_alter=True)))`);
    expect(problems).toEqual([]);
    const kinds = strip(operations).map((o: any) => [o.op, (o.constraints ?? (o.constraint ? [o.constraint] : [])).map((c: any) => c.kind)]);
    expect(kinds).toEqual([
      ['createTable', ['primaryKey']],
      ['addColumn', []],
      ['addConstraint', ['foreignKey']],
    ]);
  });
});

describe('create_foreign_key in a loop over a constant list (tracecat f92c80ef8c9d)', () => {
  it('evaluates `"CASCADE" if HAS_ONDELETE[table] else None` per table, and leaves an unevaluable action unknown', async () => {
    const { operations } = await read(`
HAS_ONDELETE = {"action": True, "workflowtag": False}
for table in ["action", "workflowtag"]:
    op.create_foreign_key(f"{table}_workflow_id_fkey", table, "workflow", ["workflow_id"], ["id"], ondelete="CASCADE" if HAS_ONDELETE[table] else None)
op.create_foreign_key("x_fkey", "x", "workflow", ["workflow_id"], ["id"], ondelete=settings.ON_DELETE)
`);
    const actions = operations.filter((o) => o.op === 'addConstraint').map((o) => (o.op === 'addConstraint' && o.constraint.kind === 'foreignKey' ? [o.table.name, o.constraint.onDelete] : null));
    expect(actions).toEqual([['action', 'CASCADE'], ['workflowtag', null], ['x', null]]);
    expect(strip(operations.filter((o) => o.op === 'alterColumn'))).toEqual([{ op: 'alterColumn', table: { schema: null, name: 'x' }, column: 'workflow_id', unknown: ['foreignKey'] }]);
  });
});
