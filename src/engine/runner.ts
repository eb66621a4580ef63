import type { Config } from '../config/types.js';
import type { ProjectFacts } from '../ir.js';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic, Report, Severity } from './diagnostic.js';
import { fingerprints } from './fingerprint.js';
import { fillTemplate, compareText } from './messages.js';
import { loadPlugins } from './plugins.js';
import { docsUrl, type RuleDefinition } from './rule.js';

/** Engine-reserved id for a rule that threw: the run goes on without it. */
export const INTERNAL_ERROR_ID = 'internal-error';

/** Plugin rules loaded for a config, so suppressions know their ids too. */
const pluginRulesByConfig = new WeakMap<Config, RuleDefinition<any>[]>();

/** Every rule id a suppression may name for this config: built-ins, plugins, engine ids. */
export function knownRuleIds(config: Config): Set<string> {
  const ids = new Set<string>(builtinRules.map((r) => r.id));
  for (const rule of pluginRulesByConfig.get(config) ?? []) ids.add(rule.id);
  for (const id of Object.keys(config.rules)) ids.add(id);
  ids.add(INTERNAL_ERROR_ID);
  return ids;
}

/** The configured severity of a rule, `off` included; unconfigured rules use their default. */
export function ruleSeverity(config: Config, id: string, fallback: Severity): Severity | 'off' {
  return config.rules[id]?.severity ?? fallback;
}

/**
 * Runs every enabled rule (built-in, then plugins) over the facts and turns their reports into
 * diagnostics: message templates filled, the configured severity, the docs link, an end position
 * and a line-independent fingerprint. Severity is decided here and nowhere else. A rule that
 * throws becomes one `internal-error` notice naming it; the others still run.
 * `extraRules` are run like plugin rules (tests and embedders pass rules without a module file).
 */
export async function runRules(facts: ProjectFacts, config: Config, extraRules: RuleDefinition<any>[] = []): Promise<Diagnostic[]> {
  const builtinIds = new Set(builtinRules.map((r) => r.id));
  const plugins = config.plugins.length > 0 ? await loadPlugins(config, builtinIds) : [];
  pluginRulesByConfig.set(config, [...plugins, ...extraRules]);
  const rules = [...builtinRules, ...plugins, ...extraRules];

  const collected: { rule: RuleDefinition<any>; severity: Severity; report: Report }[] = [];
  const failures: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = ruleSeverity(config, rule.id, rule.meta.defaultSeverity);
    if (severity === 'off') continue;
    const options = { ...(rule.defaultOptions ?? {}), ...(config.rules[rule.id]?.options ?? {}) };
    const reports: Report[] = [];
    try {
      rule.check({ facts, report: (r) => reports.push(r), settings: { modelBases: config.models?.bases ?? [] } }, options);
    } catch (error) {
      failures.push(internalError(rule.id, error, config));
      continue;
    }
    for (const report of reports) collected.push({ rule, severity, report });
  }

  // Fingerprint occurrence counters follow position, so sort before counting.
  collected.sort((a, b) => compareText(a.report.location.file, b.report.location.file)
    || a.report.location.line - b.report.location.line
    || a.report.location.column - b.report.location.column
    || compareText(a.rule.id, b.rule.id));
  const prints = fingerprints(collected.map(({ rule, report }) => ({
    ruleId: rule.id, subject: report.subject, file: report.location.file, messageId: report.messageId,
  })));
  const builtin = new Set<RuleDefinition<any>>(builtinRules);
  const diagnostics = collected.map(({ rule, severity, report }, i) => {
    // Plugin rules are not documented in this repository: link their own page, or none.
    const url = builtin.has(rule) ? docsUrl(rule.id) : (rule.meta.docsUrl ?? '');
    return toDiagnostic(rule, severity, report, prints[i]!, url);
  });
  return [...diagnostics, ...failures];
}

function toDiagnostic(rule: RuleDefinition<any>, severity: Severity, report: Report, fingerprint: string, url: string): Diagnostic {
  const { location } = report;
  const template = rule.messages[report.messageId] ?? report.messageId;
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    severity,
    message: fillTemplate(template, report.data),
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine ?? location.line,
    endColumn: location.endColumn ?? location.column + 1,
    subject: report.subject,
    related: report.related ?? [],
    fingerprint,
    docsUrl: url,
  };
  if (report.help) diagnostic.help = report.help;
  return diagnostic;
}

function internalError(ruleId: string, error: unknown, config: Config): Diagnostic {
  const file = configFileForDisplay(config);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: INTERNAL_ERROR_ID,
    severity: 'notice',
    message: `Rule "${ruleId}" failed and was skipped: ${reason}`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    subject: ruleId,
    related: [],
    fingerprint: fingerprints([{ ruleId: INTERNAL_ERROR_ID, subject: ruleId, file, messageId: 'failed' }])[0]!,
    docsUrl: docsUrl(INTERNAL_ERROR_ID),
  };
}

/** The config file relative to the root, where engine-level notices point. */
export function configFileForDisplay(config: Config): string {
  if (!config.file) return '.ormlint.yml';
  const normalized = config.file.split('\\').join('/');
  const root = config.root.split('\\').join('/');
  return normalized.startsWith(`${root}/`) ? normalized.slice(root.length + 1) : normalized;
}
