/**
 * The relation and constraint names taken in each schema during a replay, kept incrementally: each
 * table (or view) holds the names it contributes, and an operation that changes a table only marks
 * it; the next lookup re-reads the marked tables and nothing else. So a lookup costs the size of
 * what changed since the last one, not of the whole schema (a dump or a monolith has thousands of
 * tables, and Postgres' generated names are looked up several times per operation).
 */
import type { Column, Table, View } from '../facts.js';

type Owner = Table | View;

/** Who holds a name: one table or view, as a rule, else several (no set for the common case). */
type Holding = Owner | Set<Owner>;
/** Name → holder(s), for one kind of name in one schema. */
type Names = Map<string, Holding>;
type HeldName = { schema: string; kind: 'relations' | 'constraints'; name: string };

export class NameIndex {
  /** Per schema, its relation names and its constraint names: looked up by schema, then name, with no key to build. */
  private readonly schemas = new Map<string, { relations: Names; constraints: Names }>();
  /** Per owner, the names it holds: where (which map) and which. */
  private readonly held = new Map<Owner, { names: Names; name: string }[]>();
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
    let held = this.held.get(owner);
    if (!held) this.held.set(owner, (held = []));
    if (kinds.relation) this.hold(owner, held, this.namesIn(schema).relations, name);
    if (kinds.constraint) this.hold(owner, held, this.namesIn(schema).constraints, name);
  }

  private namesIn(schema: string): { relations: Names; constraints: Names } {
    let names = this.schemas.get(schema);
    if (!names) this.schemas.set(schema, (names = { relations: new Map(), constraints: new Map() }));
    return names;
  }

  private hold(owner: Owner, held: { names: Names; name: string }[], names: Names, name: string): void {
    held.push({ names, name });
    const holding = names.get(name);
    if (holding === undefined) names.set(name, owner);
    else if (holding instanceof Set) holding.add(owner);
    else if (holding !== owner) names.set(name, new Set([holding, owner]));
  }

  /** Relation names (tables, views, indexes, sequences) taken in a schema. */
  relationTaken(schema: string, name: string): boolean {
    return this.holding('relations', schema, name) !== undefined;
  }

  /** Constraint names in a schema (Postgres keeps generated constraint names unique per schema). */
  constraintTaken(schema: string, name: string): boolean {
    return this.holding('constraints', schema, name) !== undefined;
  }

  /** The tables and views holding a relation name in a schema. */
  relationHolders(schema: string, name: string): ReadonlySet<Owner> {
    const holding = this.holding('relations', schema, name);
    return holding === undefined ? EMPTY : holding instanceof Set ? holding : new Set([holding]);
  }

  private holding(kind: 'relations' | 'constraints', schema: string, name: string): Holding | undefined {
    if (this.dirty.size > 0) this.refresh();
    return this.schemas.get(schema)?.[kind].get(name);
  }

  private refresh(): void {
    for (const owner of this.dirty) {
      for (const { names, name } of this.held.get(owner) ?? []) {
        const holding = names.get(name);
        if (holding === owner) names.delete(name);
        else if (holding instanceof Set) {
          holding.delete(owner);
          if (holding.size === 0) names.delete(name);
        }
      }
      this.held.delete(owner);
      if (!this.isLive(owner)) continue;
      const held: { names: Names; name: string }[] = [];
      this.held.set(owner, held);
      for (const { schema, kind, name } of this.namesOf(owner)) this.hold(owner, held, this.namesIn(schema)[kind], name);
    }
    this.dirty.clear();
  }

  private namesOf(owner: Owner): HeldName[] {
    // An unnamed constraint (the models' side) holds the name "null", as it did when names were
    // spelled into string keys: lookups answer as they always did.
    const relation = (schema: string, name: string | null | undefined): HeldName => ({ schema, kind: 'relations', name: String(name) });
    const constraint = (name: string | null | undefined): HeldName => ({ schema: owner.schema, kind: 'constraints', name: String(name) });
    if (!('columns' in owner)) return [relation(owner.schema, owner.name)];
    const table = owner;
    const keys: HeldName[] = [relation(table.schema, table.name)];
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
