import type { Diagnostic, RelatedLocation } from '../engine/diagnostic.js';
import type { RunReport } from '../run.js';
import { logSafeJson } from './logSafe.js';
import { VERSION } from '../version.js';
import { countSeverities } from './severityCounts.js';

/**
 * The machine-readable report (DESIGN.md "JSON output"). Keys are written in the documented
 * order so diffs of saved reports stay readable; `help` and `docsUrl` follow `fingerprint` when
 * present, and `summary.baselined` counts the findings the baseline hid.
 */
export function formatJson(result: RunReport): string {
  // No wall time here: two runs over the same files must print the same report (`--timings`
  // prints the phases on stderr instead).
  const { files, models, tables, migrations } = result.stats;
  const report = {
    tool: 'ormlint',
    version: VERSION,
    diagnostics: result.diagnostics.map(diagnosticJson),
    summary: { ...countSeverities(result.diagnostics), baselined: result.baselined },
    stats: { files, models, tables, migrations },
  };
  return logSafeJson(JSON.stringify(report, null, 2)) + '\n';
}

function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  const json: Record<string, unknown> = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    subject: d.subject,
    related: d.related.map(relatedJson),
    fingerprint: d.fingerprint,
  };
  if (d.help) json.help = d.help;
  if (d.docsUrl) json.docsUrl = d.docsUrl;
  return json;
}

function relatedJson(r: RelatedLocation): Record<string, unknown> {
  const json: Record<string, unknown> = { file: r.file, line: r.line };
  if (r.column !== undefined) json.column = r.column;
  json.message = r.message;
  return json;
}
