import * as core from '@actions/core';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { SEVERITY_RANK } from '../engine/diagnostic.js';
import { compareText } from '../engine/messages.js';
import { escapeUnsafeCharacters } from '../report/logSafe.js';
import type { GitHubClient } from './client.js';
import type { Counts } from './report.js';
import { repoPath } from './report.js';

/**
 * GitHub shows at most this many workflow-command annotations of each severity per step and
 * drops the rest silently; ormlint picks which ones, and says how many were left out.
 */
export const ANNOTATIONS_PER_SEVERITY = 10;
/** The Checks API takes at most 50 annotations per request. */
const CHECK_RUN_BATCH = 50;

export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  /** Relative to the repository root, as GitHub wants it. */
  file: string;
  startLine: number;
  endLine: number;
  /** Only when the annotation spans one line: GitHub ignores columns otherwise. */
  startColumn?: number;
  endColumn?: number;
}

export function toAnnotation(d: Diagnostic, projectRoot: string, workspace: string): Annotation {
  const oneLine = d.endLine === d.line || d.endLine < d.line;
  const annotation: Annotation = {
    severity: d.severity,
    // Names from the repository: no ESC, NUL or right-to-left override reaches the log or the diff.
    title: escapeUnsafeCharacters(d.ruleId),
    message: escapeUnsafeCharacters(d.help ? `${d.message}\n${d.help}` : d.message),
    file: d.file ? escapeUnsafeCharacters(repoPath(d.file, projectRoot, workspace)) : '',
    startLine: d.line,
    endLine: Math.max(d.line, d.endLine),
  };
  if (oneLine) {
    annotation.startColumn = d.column;
    if (d.endColumn > d.column) annotation.endColumn = d.endColumn;
  }
  return annotation;
}

/** Errors before warnings before notices; within one severity, files the PR changed first. */
function rankAnnotations(annotations: readonly Annotation[], changedFiles: ReadonlySet<string> | null): Annotation[] {
  const changed = (a: Annotation) => (changedFiles?.has(a.file) ? 0 : 1);
  return [...annotations].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      changed(a) - changed(b) ||
      compareText(a.file, b.file) ||
      a.startLine - b.startLine ||
      (a.startColumn ?? 0) - (b.startColumn ?? 0) ||
      compareText(a.title, b.title),
  );
}

export interface AnnotationPlan {
  /** Ranked, and for workflow commands already cut to the per-severity limit. */
  shown: Annotation[];
  /** Left out by GitHub's per-step limit, by severity. */
  overLimit: Counts;
  /** Left out because `only-changed` is on and their file is not in the PR. */
  outsideChanges: number;
}

export interface PlanOptions {
  projectRoot: string;
  workspace: string;
  /** Files the PR changed, relative to the repository; null when unknown. */
  changedFiles: ReadonlySet<string> | null;
  onlyChanged: boolean;
  /** Per-severity cap; Infinity for the Checks API, which takes every annotation. */
  perSeverity: number;
}

/** Which annotations to send, in which order, and what is left out and why. */
export function planAnnotations(diagnostics: readonly Diagnostic[], options: PlanOptions): AnnotationPlan {
  let annotations = diagnostics.map((d) => toAnnotation(d, options.projectRoot, options.workspace));
  let outsideChanges = 0;
  if (options.onlyChanged && options.changedFiles) {
    const changed = options.changedFiles;
    const kept = annotations.filter((a) => changed.has(a.file));
    outsideChanges = annotations.length - kept.length;
    annotations = kept;
  }
  const ranked = rankAnnotations(annotations, options.changedFiles);
  const shown: Annotation[] = [];
  const taken: Counts = { error: 0, warning: 0, notice: 0 };
  const overLimit: Counts = { error: 0, warning: 0, notice: 0 };
  for (const a of ranked) {
    if (taken[a.severity] < options.perSeverity) {
      taken[a.severity]++;
      shown.push(a);
    } else overLimit[a.severity]++;
  }
  return { shown, overLimit, outsideChanges };
}

/** Sentences for the job summary about annotations that are not on the diff. */
export function annotationNotes(plan: AnnotationPlan): string[] {
  const notes: string[] = [];
  const over = plan.overLimit.error + plan.overLimit.warning + plan.overLimit.notice;
  if (over > 0) {
    const parts = (['error', 'warning', 'notice'] as const).filter((s) => plan.overLimit[s] > 0).map((s) => `${plan.overLimit[s]} ${s}${plan.overLimit[s] === 1 ? '' : 's'}`);
    notes.push(
      `${over} ${over === 1 ? 'annotation was' : 'annotations were'} not shown on the diff (${parts.join(', ')}): GitHub shows ${ANNOTATIONS_PER_SEVERITY} per severity per step. Every finding is listed below; \`annotations: check-run\` sends them all.`,
    );
  }
  if (plan.outsideChanges > 0) {
    notes.push(`${plan.outsideChanges} ${plan.outsideChanges === 1 ? 'finding is' : 'findings are'} in files this PR did not change (\`only-changed: true\`): listed below, not annotated.`);
  }
  return notes;
}

/** Writes the annotations as workflow commands (`::error file=…::`). */
export function emitWorkflowAnnotations(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    let properties: core.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.startColumn !== undefined) properties.startColumn = a.startColumn;
    if (a.endColumn !== undefined) properties.endColumn = a.endColumn;
    // A finding about the project as a whole has no file: an annotation on the run, not on a line.
    if (!a.file) properties = { title: a.title };
    if (a.severity === 'error') core.error(a.message, properties);
    else if (a.severity === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}

const CHECK_LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = { error: 'failure', warning: 'warning', notice: 'notice' };

function toCheckAnnotation(a: Annotation) {
  return {
    path: a.file,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(a.startColumn !== undefined && a.startLine === a.endLine ? { start_column: a.startColumn } : {}),
    ...(a.endColumn !== undefined && a.startLine === a.endLine ? { end_column: a.endColumn } : {}),
    annotation_level: CHECK_LEVEL[a.severity],
    title: a.title,
    message: a.message,
  };
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  title: string;
  summary: string;
  conclusion: 'success' | 'neutral' | 'failure';
}

/**
 * One check run carrying every annotation, 50 per request (the API's limit): created with the
 * first batch, updated with each further one, completed with the last. Throws on the first failed
 * request; the caller falls back to workflow commands if nothing was sent yet.
 */
export async function sendCheckRun(client: GitHubClient, request: CheckRunRequest, annotations: readonly Annotation[]): Promise<{ id: number; url: string; sent: number }> {
  // The Checks API wants a path on every annotation; project-wide findings stay in the summary.
  const onFiles = annotations.filter((a) => a.file);
  const batches: Annotation[][] = [];
  for (let i = 0; i < onFiles.length; i += CHECK_RUN_BATCH) batches.push(onFiles.slice(i, i + CHECK_RUN_BATCH));
  if (batches.length === 0) batches.push([]);
  const output = (batch: Annotation[]) => ({ title: request.title, summary: request.summary, annotations: batch.map(toCheckAnnotation) });
  const done = (last: boolean) => (last ? { status: 'completed' as const, conclusion: request.conclusion } : { status: 'in_progress' as const });

  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...done(batches.length === 1),
    output: output(batches[0]),
  });
  let sent = batches[0].length;
  for (let i = 1; i < batches.length; i++) {
    await client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: data.id, ...done(i === batches.length - 1), output: output(batches[i]) });
    sent += batches[i].length;
  }
  return { id: data.id, url: data.html_url ?? '', sent };
}
