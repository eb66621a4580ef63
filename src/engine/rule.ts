import type { ProjectFacts } from '../ir.js';
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

export interface RuleContext {
  facts: ProjectFacts;
  report(report: Report): void;
  /** Filled by the engine; optional so hand-built contexts in tests stay short. */
  settings?: RuleSettings;
}

export interface RuleMeta {
  description: string;
  defaultSeverity: Severity;
  /** Where a plugin rule is documented; built-in rules link to docs/rules/<id>.md instead. */
  docsUrl?: string;
}

export interface RuleDefinition<O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  meta: RuleMeta;
  /** Named message templates: `{{name}}` placeholders are filled from Report.data. */
  messages: Record<string, string>;
  options?: OptionSchema;
  defaultOptions?: O;
  check(ctx: RuleContext, options: O): void;
}

/** The one factory every rule (built-in or plugin) is made with. */
export function defineRule<O extends Record<string, unknown> = Record<string, unknown>>(
  rule: RuleDefinition<O>,
): RuleDefinition<O> {
  return rule;
}

export const DOCS_BASE = 'https://github.com/ormlint/ormlint/blob/main/docs/rules/';
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
