/**
 * drizzle-orm/pg-core's column builders and the SQL type drizzle-kit writes for each, with the
 * names drizzle-kit gives constraints. Kept apart so it can be read against drizzle's sources.
 */
import type { Node } from './syntax.js';
import { numberOf, property, stringOf } from './syntax.js';

/**
 * The SQL type of a builder call (`varchar("name", { length: 255 })`), or null when the builder is
 * not one of pg-core's. `config` is the options object (second argument, or first when the
 * column name is left out).
 */
export function builderType(builder: string, config: Node | undefined): string | null {
  const num = (key: string): number | null => numberOf(property(config, key));
  const flag = (key: string): boolean => {
    const v = property(config, key);
    return v?.type === 'Literal' && v.value === true;
  };
  const withArgs = (base: string, ...args: (number | null)[]): string => {
    const given = args.filter((a): a is number => a !== null);
    return given.length > 0 ? `${base}(${given.join(', ')})` : base;
  };
  switch (builder) {
    case 'serial': return 'serial';
    case 'bigserial': return 'bigserial';
    case 'smallserial': return 'smallserial';
    case 'integer': case 'int': return 'integer';
    case 'smallint': return 'smallint';
    case 'bigint': return 'bigint';
    case 'boolean': return 'boolean';
    case 'text': return 'text';
    case 'varchar': return withArgs('varchar', num('length'));
    case 'char': return withArgs('char', num('length'));
    case 'numeric': case 'decimal': return withArgs('numeric', num('precision'), num('precision') !== null ? num('scale') : null);
    case 'real': return 'real';
    case 'doublePrecision': return 'double precision';
    case 'json': return 'json';
    case 'jsonb': return 'jsonb';
    case 'uuid': return 'uuid';
    case 'date': return 'date';
    case 'interval': return 'interval';
    case 'bytea': return 'bytea';
    case 'inet': return 'inet';
    case 'cidr': return 'cidr';
    case 'macaddr': return 'macaddr';
    case 'macaddr8': return 'macaddr8';
    case 'point': return 'point';
    case 'line': return 'line';
    case 'timestamp': {
      const p = num('precision');
      return `timestamp${p !== null ? ` (${p})` : ''}${flag('withTimezone') ? ' with time zone' : ''}`;
    }
    case 'time': {
      const p = num('precision');
      return `time${p !== null ? ` (${p})` : ''}${flag('withTimezone') ? ' with time zone' : ''}`;
    }
    case 'vector': return withArgs('vector', num('dimensions'));
    case 'halfvec': return withArgs('halfvec', num('dimensions'));
    default: return null;
  }
}

/** The options object of a builder call: `text("name", {...})` or `text({...})`. */
export function builderConfig(args: Node[]): Node | undefined {
  if (args[0]?.type === 'ObjectExpression') return args[0];
  if (args[1]?.type === 'ObjectExpression') return args[1];
  return undefined;
}

/** The explicit column name of a builder call, if written. */
export function builderName(args: Node[]): string | null {
  return stringOf(args[0]);
}

/** drizzle's toSnakeCase (drizzle-orm/casing): `createdAt` → `created_at`. */
export function toSnakeCase(input: string): string {
  const words = input.replace(/['\u2019]/g, '').match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g) ?? [];
  return words.map((w) => w.toLowerCase()).join('_');
}

/** drizzle-kit's default names. */
export const drizzleNames = {
  unique: (table: string, columns: string[]) => `${table}_${columns.join('_')}_unique`,
  primaryKey: (table: string, columns: string[]) => `${table}_${columns.join('_')}_pk`,
  foreignKey: (table: string, columns: string[], refTable: string, refColumns: string[]) => `${table}_${columns.join('_')}_${refTable}_${refColumns.join('_')}_fk`,
  index: (table: string, columns: string[]) => `${table}_${columns.join('_')}_index`,
};
