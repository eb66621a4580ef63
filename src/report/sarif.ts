import type { Diagnostic, RelatedLocation, Severity } from '../engine/diagnostic.js';
import type { RuleInfo } from '../engine/rule.js';
import type { RunReport } from '../run.js';
import { logSafeJson } from './logSafe.js';
import { VERSION } from '../version.js';
import { normalizePrefix, withPrefix, type PathOptions } from './paths.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/ormlint/ormlint';
/** The base every artifact URI is relative to: the repository root (or the project root without a prefix). */
const SRCROOT = '%SRCROOT%';
const FINGERPRINT_KEY = 'ormlint/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other viewers.
 * One run; the driver lists every rule that ran (RunReport.rules, plugins with their own
 * descriptions) plus any other rule id that reported, so `ruleIndex` always resolves. Results carry the baseline fingerprint as a partial
 * fingerprint, so code scanning tracks an alert across edits the way the baseline does.
 * GitHub resolves relative URIs from the repository root and ignores `uriBaseId`: when the
 * project root is a sub-folder, pass its repository-relative path as `pathPrefix`.
 */
export function formatSarif(result: RunReport, options: PathOptions = {}): string {
  const descriptors = ruleDescriptors(result.rules, result.diagnostics);
  const index = new Map(descriptors.map((rule, i) => [rule.id, i]));
  const srcRoot = sourceRootUri(result.config.root, options.pathPrefix);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'ormlint', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: descriptors },
        },
        ...(srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRoot } } } : {}),
        // Columns come from JavaScript strings (tree-sitter and libpg-query positions mapped to
        // string indices), so they count UTF-16 code units, as ESLint's do.
        columnKind: 'utf16CodeUnits',
        results: result.diagnostics.map((d) => sarifResult(d, index.get(d.ruleId) ?? 0, options)),
      },
    ],
  };
  return logSafeJson(JSON.stringify(log, null, 2)) + '\n';
}

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration?: { level: SarifLevel };
}

function ruleDescriptors(rules: readonly RuleInfo[], diagnostics: readonly Diagnostic[]): ReportingDescriptor[] {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => descriptor(rule.id, rule.docsUrl, rule.description, rule.defaultSeverity));
  const known = new Set(descriptors.map((r) => r.id));
  for (const d of diagnostics) {
    if (known.has(d.ruleId)) continue;
    known.add(d.ruleId);
    descriptors.push(descriptor(d.ruleId, d.docsUrl, undefined, undefined));
  }
  return descriptors;
}

function descriptor(id: string, url: string | undefined, description: string | undefined, severity: Severity | undefined): ReportingDescriptor {
  // Code scanning wants both descriptions on every rule.
  const text = description || `ormlint rule ${id}`;
  const rule: ReportingDescriptor = { id, shortDescription: { text }, fullDescription: { text } };
  if (url) {
    rule.helpUri = url;
    rule.help = { text: `Documentation: ${url}`, markdown: `[${id} documentation](${url})` };
  }
  if (severity) rule.defaultConfiguration = { level: LEVEL[severity] };
  return rule;
}

function sarifResult(d: Diagnostic, ruleIndex: number, options: PathOptions): Record<string, unknown> {
  const result: Record<string, unknown> = {
    ruleId: d.ruleId,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.help ? `${d.message}\nhelp: ${d.help}` : d.message },
  };
  if (d.file) result.locations = [{ physicalLocation: physicalLocation(d.file, region(d), options) }];
  if (d.related.length > 0) result.relatedLocations = d.related.map((r, i) => relatedLocation(r, i + 1, options));
  if (d.fingerprint) result.partialFingerprints = { [FINGERPRINT_KEY]: d.fingerprint };
  if (d.subject) result.properties = { subject: d.subject };
  return result;
}

function relatedLocation(r: RelatedLocation, id: number, options: PathOptions): Record<string, unknown> {
  const start: Region = { startLine: Math.max(1, r.line) };
  if (r.column !== undefined && r.column >= 1) start.startColumn = r.column;
  return { id, physicalLocation: physicalLocation(r.file, start, options), message: { text: r.message } };
}

function physicalLocation(file: string, where: Region, options: PathOptions): Record<string, unknown> {
  return { artifactLocation: { uri: relativeUri(withPrefix(file, options.pathPrefix)), uriBaseId: SRCROOT }, region: where };
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/** Only what is consistent: SARIF viewers (and code scanning) reject inverted or zero positions. */
function region(d: Diagnostic): Region {
  const r: Region = { startLine: Math.max(1, d.line) };
  if (d.column >= 1) r.startColumn = d.column;
  if (d.endLine >= r.startLine) {
    r.endLine = d.endLine;
    const columnsAgree = d.endLine > r.startLine || (r.startColumn !== undefined && d.endColumn >= r.startColumn);
    if (d.endColumn >= 1 && columnsAgree) r.endColumn = d.endColumn;
  }
  return r;
}

/** A project path as a relative URI reference: each segment percent-encoded (spaces, `#`, `%`, `:`, non-ASCII). */
export function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * `file:///abs/root/` for `originalUriBaseIds`. With a path prefix, the prefix is taken off the
 * end of the root (the repository root is what the URIs are then relative to); a root that does
 * not end with the prefix leaves the base undefined rather than wrong.
 */
export function sourceRootUri(root: string, pathPrefix?: string): string | null {
  let segments = root.split('\\').join('/').split('/');
  const prefix = normalizePrefix(pathPrefix);
  if (prefix) {
    const tail = prefix.split('/');
    while (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
    const end = segments.slice(-tail.length);
    if (end.length !== tail.length || end.some((s, i) => s !== tail[i])) return null;
    segments = segments.slice(0, -tail.length);
  }
  const path = segments.filter((s, i) => s !== '' || i === 0).map((s, i) => (i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeURIComponent(s)));
  const joined = path.join('/');
  const absolute = joined.startsWith('/') ? joined : `/${joined}`;
  return `file://${absolute.endsWith('/') ? absolute : absolute + '/'}`;
}
