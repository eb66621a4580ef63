import type { Config } from '../config/types.js';
import type { Diagnostic, Report, SeverityOrOff } from './diagnostic.js';
import { fingerprints } from './fingerprint.js';
import { compareText, fillTemplate } from './messages.js';
import { docsUrl, type RuleDefinition, type RuleInfo } from './rule.js';

/**
 * A rule as one run uses it: its definition, what reporters are told about it, and the severity
 * and options the config gives it. Made once per run by `activateRule`, the one place that reads
 * a rule's configured severity.
 */
export interface ActiveRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definition: RuleDefinition<any, any>;
  info: RuleInfo;
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** A rule's report before the engine turns it into a diagnostic. */
export interface RuleReport {
  rule: ActiveRule;
  report: Report;
}

/**
 * The rule with the severity and options .ormlint.yml gives it (its defaults otherwise).
 * Built-in rules link to docs/rules/<id>.md; a plugin rule links its own page, or none.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function activateRule(definition: RuleDefinition<any, any>, config: Config, builtin: boolean): ActiveRule {
  const configured = config.rules[definition.id];
  return {
    definition,
    info: {
      id: definition.id,
      description: definition.meta.description,
      defaultSeverity: definition.meta.defaultSeverity,
      docsUrl: builtin ? docsUrl(definition.id) : (definition.meta.docsUrl ?? ''),
    },
    severity: configured?.severity ?? definition.meta.defaultSeverity,
    options: { ...(definition.defaultOptions ?? {}), ...(configured?.options ?? {}) },
  };
}

/**
 * The one path from a rule's report to a diagnostic (stylelint's `report`): the configured
 * severity (reports of a rule switched off are dropped), the message template filled, the docs
 * link, an end position, and a fingerprint from rule, subject, file and message id. Rule
 * findings, unused suppressions and internal errors all come through here.
 */
export function toDiagnostics(reports: readonly RuleReport[]): Diagnostic[] {
  const enabled = reports.filter(({ rule }) => rule.severity !== 'off');
  // Fingerprint occurrence counters follow position, so sort before counting.
  const sorted = [...enabled].sort((a, b) => compareText(a.report.location.file, b.report.location.file)
    || a.report.location.line - b.report.location.line
    || a.report.location.column - b.report.location.column
    || compareText(a.rule.info.id, b.rule.info.id));
  const prints = fingerprints(sorted.map(({ rule, report }) => ({
    ruleId: rule.info.id, subject: report.subject, file: report.location.file, messageId: report.messageId,
  })));
  return sorted.map(({ rule, report }, i) => toDiagnostic(rule, report, prints[i]!));
}

function toDiagnostic(rule: ActiveRule, report: Report, fingerprint: string): Diagnostic {
  const { location } = report;
  // Plugins are plain JavaScript: an unknown message id prints as itself rather than vanish.
  const template: string = rule.definition.messages[report.messageId] ?? report.messageId;
  const diagnostic: Diagnostic = {
    ruleId: rule.info.id,
    severity: rule.severity as Diagnostic['severity'],
    message: fillTemplate(template, report.data),
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine ?? location.line,
    endColumn: location.endColumn ?? location.column + 1,
    subject: report.subject,
    related: report.related ?? [],
    fingerprint,
    docsUrl: rule.info.docsUrl,
    messageId: report.messageId,
  };
  if (report.data) diagnostic.data = report.data;
  if (report.help) diagnostic.help = report.help;
  return diagnostic;
}
