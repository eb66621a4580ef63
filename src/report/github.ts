import type { Diagnostic } from '../engine/diagnostic.js';
import type { RunReport } from '../run.js';
import { escapeUnsafeCharacters } from './logSafe.js';
import { withPrefix, type PathOptions } from './paths.js';

/**
 * GitHub workflow commands, one `::error|warning|notice ...::message` line per finding, for
 * running the CLI in a workflow step without the Action. Escaping matches @actions/core
 * (lib/command.js) exactly, after control and bidirectional characters are made visible; the properties keep only the line/column combinations the runner
 * accepts (it drops columns on multi-line ranges and descending ranges with a warning).
 */
export function formatGithub(result: RunReport, options: PathOptions = {}): string {
  return result.diagnostics.map((d) => workflowCommand(d, options) + '\n').join('');
}

function workflowCommand(d: Diagnostic, options: PathOptions = {}): string {
  const properties = annotationProperties(d, options);
  const rendered = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeCommandProperty(escapeUnsafeCharacters(String(value)))}`)
    .join(',');
  const message = escapeUnsafeCharacters(d.help ? `${d.message}\nhelp: ${d.help}` : d.message);
  return `::${d.severity}${rendered ? ' ' + rendered : ''}::${escapeCommandData(message)}`;
}

interface AnnotationProperties {
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

function annotationProperties(d: Diagnostic, options: PathOptions): AnnotationProperties {
  const properties: AnnotationProperties = { file: withPrefix(d.file, options.pathPrefix) };
  if (!isPosition(d.line)) return { ...properties, title: d.ruleId };
  properties.line = d.line;
  if (isPosition(d.endLine) && d.endLine >= d.line) properties.endLine = d.endLine;
  const sameLine = properties.endLine === undefined || properties.endLine === d.line;
  if (sameLine && isPosition(d.column)) {
    properties.col = d.column;
    if (properties.endLine !== undefined && isPosition(d.endColumn) && d.endColumn >= d.column) properties.endColumn = d.endColumn;
  }
  properties.title = d.ruleId;
  return properties;
}

function isPosition(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 1;
}

/** As @actions/core escapes a command's message. */
export function escapeCommandData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a command property value: the data escapes plus `:` and `,`. */
export function escapeCommandProperty(s: string): string {
  return escapeCommandData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
