/**
 * The relation and constraint names taken in each schema during a replay, kept incrementally: each
 * table (or view) holds the names it contributes, and an operation that changes a table only marks
 * it; the next lookup re-reads the marked tables and nothing else. So a lookup costs the size of
 * what changed since the last one, not of the whole schema (a dump or a monolith has thousands of
 * tables, and Postgres' generated names are looked up several times per operation).
 */
import type { Column, Table, View } from '../facts.js';

type Owner = Table | View;

export class NameIndex {
  /** `r` / `c` + schema + name → the tables and views holding it. */
  private readonly holders = new Map<string, Set<Owner>>();
  private readonly held = new Map<Owner, string[]>();
  private readonly dirty = new Set<Owner>();

  /**
   * @param isLive whether an owner is still in the schema (dropped ones give their names back)
   * @param sequenceOf a serial column's sequence (a relation in its own right)
   */
  constructor(
    private readonly isLive: (owner: Owner) => boolean,
    private readonly sequenceOf: (column: Column) => { schema: string; name: string } | undefined,
  ) {}

  /** The owner's names may have changed (a drop, a rename): re-read them before the next lookup. */
  touch(owner: Owner): void {
    this.dirty.add(owner);
  }

  /** The owner now also holds `name` in `schema` (the common case, cheaper than a re-read). */
  add(owner: Owner, schema: string, name: string, kinds: { relation?: boolean; constraint?: boolean }): void {
    if (this.dirty.has(owner)) return;
    let keys = this.held.get(owner);
    if (!keys) this.held.set(owner, (keys = []));
    if (kinds.relation) this.hold(owner, keys, `r\u0000${schema}\u0000${name}`);
    if (kinds.constraint) this.hold(owner, keys, `c\u0000${schema}\u0000${name}`);
  }

  private hold(owner: Owner, keys: string[], key: string): void {
    keys.push(key);
    let set = this.holders.get(key);
    if (!set) this.holders.set(key, (set = new Set()));
    set.add(owner);
  }

  /** Relation names (tables, views, indexes, sequences) taken in a schema. */
  relationTaken(schema: string, name: string): boolean {
    return this.holdersOf('r', schema, name).size > 0;
  }

  /** Constraint names in a schema (Postgres keeps generated constraint names unique per schema). */
  constraintTaken(schema: string, name: string): boolean {
    return this.holdersOf('c', schema, name).size > 0;
  }

  /** The tables and views holding a relation name in a schema. */
  relationHolders(schema: string, name: string): ReadonlySet<Owner> {
    return this.holdersOf('r', schema, name);
  }

  private holdersOf(kind: 'r' | 'c', schema: string, name: string): ReadonlySet<Owner> {
    if (this.dirty.size > 0) this.refresh();
    return this.holders.get(`${kind}\u0000${schema}\u0000${name}`) ?? EMPTY;
  }

  private refresh(): void {
    for (const owner of this.dirty) {
      for (const key of this.held.get(owner) ?? []) {
        const set = this.holders.get(key);
        set?.delete(owner);
        if (set?.size === 0) this.holders.delete(key);
      }
      this.held.delete(owner);
      if (!this.isLive(owner)) continue;
      const keys: string[] = [];
      this.held.set(owner, keys);
      for (const key of this.namesOf(owner)) this.hold(owner, keys, key);
    }
    this.dirty.clear();
  }

  private namesOf(owner: Owner): string[] {
    const relation = (schema: string, name: string | null | undefined): string => `r\u0000${schema}\u0000${name}`;
    const constraint = (name: string | null | undefined): string => `c\u0000${owner.schema}\u0000${name}`;
    if (!('columns' in owner)) return [relation(owner.schema, owner.name)];
    const table = owner;
    const keys = [relation(table.schema, table.name)];
    if (table.primaryKey) keys.push(relation(table.schema, table.primaryKey.name), constraint(table.primaryKey.name));
    for (const i of table.indexes) keys.push(relation(table.schema, i.name));
    for (const u of table.uniques) keys.push(relation(table.schema, u.name), constraint(u.name));
    for (const f of table.foreignKeys) keys.push(constraint(f.name));
    for (const c of table.checks) keys.push(constraint(c.name));
    for (const column of table.columns) {
      const sequence = this.sequenceOf(column);
      if (sequence) keys.push(relation(sequence.schema, sequence.name));
    }
    return keys;
  }
}

const EMPTY: ReadonlySet<Owner> = new Set();
