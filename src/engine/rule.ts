import type { ProjectFacts } from '../facts.js';
import type { Report, Severity } from './diagnostic.js';

/**
 * JSON-schema-like description of a rule's options (the subset the config validator understands).
 * Options always come as an object next to `severity` in .ormlint.yml:
 * `schema-drift: { severity: error, ignoreColumns: ["*.updated_at"] }`.
 */
export interface OptionSchema {
  type: 'object';
  properties: Record<string, PropertySchema>;
  additionalProperties: false;
}
export type PropertySchema =
  | { type: 'string'; enum?: string[]; description?: string }
  | { type: 'boolean'; description?: string }
  | { type: 'number'; description?: string }
  | { type: 'array'; items: PropertySchema; description?: string };

/** Project-level settings from .ormlint.yml that some rules judge by (not facts about the code). */
export interface RuleSettings {
  /** `models.bases`: the declarative bases models must derive from; empty = any base. */
  modelBases: string[];
}

/** A rule's named message templates: `{{name}}` placeholders are filled from the report's data. */
export type Messages = Record<string, string>;

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The placeholder names of one template, as a union: `'table' | 'name'`. */
export type Placeholders<T extends string> = T extends `${string}{{${infer P}}}${infer Rest}` ? Trim<P> | Placeholders<Rest> : never;

type MessageValue = string | number;

/**
 * The data a template needs: every placeholder, required. A template typed as plain `string`
 * (a plugin written in JavaScript) cannot be checked and takes any data.
 */
type DataFor<T extends string> = string extends T
  ? { data?: Record<string, MessageValue> }
  : [Placeholders<T>] extends [never]
    ? { data?: Record<string, MessageValue> }
    : { data: Record<Placeholders<T>, MessageValue> & Record<string, MessageValue> };

/**
 * What a rule with messages `M` may report: a `messageId` that is a key of `M`, with data for every
 * placeholder of that message (typescript-eslint's createRule does the same), so a misspelled id or
 * a forgotten placeholder fails `tsc` instead of printing the template.
 */
export type ReportOf<M extends Messages> = {
  [K in keyof M & string]: Omit<Report, 'messageId' | 'data'> & { messageId: K } & DataFor<M[K]>;
}[keyof M & string];

export interface RuleContext<M extends Messages = Messages> {
  facts: ProjectFacts;
  report(report: ReportOf<M>): void;
  /** Filled by the engine; optional so hand-built contexts in tests stay short. */
  settings?: RuleSettings;
  /** FACTS_VERSION of the facts this run built; a plugin written for another version can refuse to run. */
  factsVersion?: number;
}

export interface RuleMeta {
  description: string;
  defaultSeverity: Severity;
  /** Where a plugin rule is documented; built-in rules link to docs/rules/<id>.md instead. */
  docsUrl?: string;
}

export interface RuleDefinition<O extends Record<string, unknown> = Record<string, unknown>, M extends Messages = Messages> {
  id: string;
  meta: RuleMeta;
  /** Named message templates: `{{name}}` placeholders are filled from Report.data. */
  messages: M;
  options?: OptionSchema;
  defaultOptions?: O;
  check(ctx: RuleContext<M>, options: O): void;
}

/**
 * The one factory every rule (built-in or plugin) is made with. `messages` is read as literal
 * types, so `ctx.report` only accepts its keys and their placeholders; the options type comes
 * from `defaultOptions`.
 */
export function defineRule<const M extends Messages, O extends Record<string, unknown> = Record<string, unknown>>(
  rule: RuleDefinition<O, M>,
): RuleDefinition<O, M> {
  return rule;
}

/** What reporters need of a rule that ran: its id, description, default severity and docs. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** docs/rules/<id>.md for built-in rules, the plugin's own page, or '' when it has none. */
  docsUrl: string;
}

export const DOCS_BASE = 'https://github.com/ormlint/ormlint/blob/main/docs/rules/';
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
