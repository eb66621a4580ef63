import type { Config } from '../config/types.js';
import { FACTS_VERSION, type ProjectFacts } from '../facts.js';
import { builtinRules } from '../../rules/index.js';
import internalErrorRule from '../../rules/internal-error.js';
import type { Diagnostic, Report } from './diagnostic.js';
import { loadPlugins } from './plugins.js';
import { activateRule, toDiagnostics, type ActiveRule, type RuleReport } from './report.js';
import type { RuleDefinition } from './rule.js';

/** Engine-reserved id for a rule that threw: the run goes on without it. */
const INTERNAL_ERROR_ID = internalErrorRule.id;

/**
 * Every rule of one run, built-in first, then plugins, then `extraRules` (tests and embedders
 * pass rules without a module file), each with its configured severity and options. The list
 * is handed on to the suppression pass and the reporters: no state outlives the run.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadRules(config: Config, extraRules: RuleDefinition<any, any>[] = []): Promise<ActiveRule[]> {
  const builtinIds = new Set(builtinRules.map((r) => r.id));
  const plugins = config.plugins.length > 0 ? await loadPlugins(config, builtinIds) : [];
  return [
    ...builtinRules.map((rule) => activateRule(rule, config, true)),
    ...[...plugins, ...extraRules].map((rule) => activateRule(rule, config, false)),
  ];
}

/**
 * Runs every enabled rule over the facts and turns their reports into diagnostics (through
 * `toDiagnostics`, the one place that decides severity, message, fingerprint and docs link).
 * A rule that throws becomes one `internal-error` finding naming it; the others still run.
 */
export function runRules(facts: ProjectFacts, config: Config, rules: readonly ActiveRule[]): Diagnostic[] {
  const reports: RuleReport[] = [];
  const internalError = rules.find((r) => r.info.id === INTERNAL_ERROR_ID) ?? activateRule(internalErrorRule, config, true);
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    const found: Report[] = [];
    try {
      rule.definition.check({ facts, report: (r: Report) => found.push(r), settings: { modelBases: config.models?.bases ?? [] }, factsVersion: FACTS_VERSION }, rule.options);
    } catch (error) {
      reports.push({ rule: internalError, report: failure(rule.info.id, error, config) });
      continue;
    }
    for (const report of found) reports.push({ rule, report });
  }
  return toDiagnostics(reports);
}

function failure(ruleId: string, error: unknown, config: Config): Report {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    messageId: 'failed',
    data: { rule: ruleId, reason },
    location: { file: configFileForDisplay(config), line: 1, column: 1 },
    subject: ruleId,
  };
}

/** The config file relative to the root, where engine-level findings point. */
export function configFileForDisplay(config: Config): string {
  if (!config.file) return '.ormlint.yml';
  const normalized = config.file.split('\\').join('/');
  const root = config.root.split('\\').join('/');
  return normalized.startsWith(`${root}/`) ? normalized.slice(root.length + 1) : normalized;
}
