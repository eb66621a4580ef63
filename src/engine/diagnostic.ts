import type { SourceLocation } from '../facts.js';

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export interface RelatedLocation {
  file: string;
  line: number;
  column?: number;
  message: string;
}

/** A finding after the engine applied severity: what reporters print (DESIGN.md "JSON output"). */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  subject: string;
  related: RelatedLocation[];
  /** Stable across unrelated edits: rule, subject and file, never line numbers. */
  fingerprint: string;
  /** Optional hint shown under the message. */
  help?: string;
  /** https URL of docs/rules/<id>.md. */
  docsUrl: string;
  /** The rule's message id and the data that filled it, for tests and embedders (not in the JSON output). */
  messageId?: string;
  data?: Record<string, string | number>;
}

/** What a rule hands to ctx.report(): no severity, no fingerprint; the engine adds them. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  location: SourceLocation;
  /** What the finding is about: class name, table, `table.column`, index/constraint name. */
  subject: string;
  related?: RelatedLocation[];
  help?: string;
}
