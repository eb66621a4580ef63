/**
 * What Prisma Migrate writes for a Postgres datasource: column types (Prisma's default mapping of
 * scalar types and the `@db.*` native types), defaults, and the names it gives constraints and
 * indexes. Kept apart from the schema reading so the mapping can be checked against Prisma's docs
 * line by line. Everything here renders SQL text in Prisma Migrate's own spelling; the SQL
 * frontend then reads it like any migration, so both sides compare in one language.
 */

/** Prisma's default Postgres type of each scalar type (prisma.io/docs, "Prisma ORM to PostgreSQL type mapping"). */
export const SCALAR_TYPES: Record<string, string> = {
  String: 'TEXT',
  Boolean: 'BOOLEAN',
  Int: 'INTEGER',
  BigInt: 'BIGINT',
  Float: 'DOUBLE PRECISION',
  Decimal: 'DECIMAL(65,30)',
  DateTime: 'TIMESTAMP(3)',
  Json: 'JSONB',
  Bytes: 'BYTEA',
};

/** `@db.<Name>(args)` → the SQL type Prisma Migrate writes. */
const NATIVE_TYPES: Record<string, string> = {
  Text: 'TEXT', Char: 'CHAR', VarChar: 'VARCHAR', Bit: 'BIT', VarBit: 'VARBIT', Uuid: 'UUID', Xml: 'XML', Inet: 'INET',
  Citext: 'CITEXT', Boolean: 'BOOLEAN', Integer: 'INTEGER', SmallInt: 'SMALLINT', BigInt: 'BIGINT', Oid: 'OID',
  DoublePrecision: 'DOUBLE PRECISION', Real: 'REAL', Decimal: 'DECIMAL', Money: 'MONEY', Timestamp: 'TIMESTAMP',
  Timestamptz: 'TIMESTAMPTZ', Date: 'DATE', Time: 'TIME', Timetz: 'TIMETZ', Json: 'JSON', JsonB: 'JSONB', ByteA: 'BYTEA',
};

export function nativeType(name: string, args: string[]): string | null {
  const sql = NATIVE_TYPES[name];
  if (!sql) return null;
  return args.length > 0 ? `${sql}(${args.join(',')})` : sql;
}

/** `autoincrement()` makes the column a serial of its integer width. */
export function serialType(sqlType: string): string | null {
  const upper = sqlType.toUpperCase();
  if (upper === 'INTEGER') return 'SERIAL';
  if (upper === 'BIGINT') return 'BIGSERIAL';
  if (upper === 'SMALLINT') return 'SMALLSERIAL';
  return null;
}

/** Prisma's referential actions in SQL. */
export const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/**
 * Prisma's default constraint and index names (prisma.io/docs, "Index, unique and primary key
 * names"): `{table}_pkey`, `{table}_{columns}_key`, `{table}_{columns}_idx`, `{table}_{columns}_fkey`,
 * built from database names. Prisma shortens names past Postgres' 63 bytes; such long names are
 * left to the replay's truncation, which cuts the end like Postgres does.
 */
export function defaultConstraintName(table: string, columns: string[], suffix: 'pkey' | 'key' | 'idx' | 'fkey'): string {
  return suffix === 'pkey' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`;
}

/** Prisma Migrate quotes every identifier. */
export function quoted(name: string): string {
  return `"${name.split('"').join('""')}"`;
}

export function qualified(schema: string | null, name: string): string {
  return schema ? `${quoted(schema)}.${quoted(name)}` : quoted(name);
}

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
