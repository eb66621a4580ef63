// Runs the built dist/cli.mjs on every real project of docs/realworld/projects.json and prints a
// per-project summary (findings by rule and severity, notices, files checked, wall time).
//
//   npm run realworld -- <mirror dir> [--out DIR] [--only SUBSTRING] [--list]
//
// <mirror dir> holds one bare git directory per repository, as the library's `fetch` leaves them:
// <mirror dir>/<owner>+<name>/repo (or <owner>+<name>.git / <owner>+<name>). Each project's tree at
// its pinned commit is exported into a temporary folder (git archive; blobs missing from a partial
// mirror are left out), its config copied in as .ormlint.yml, and ormlint run there.
// --out DIR keeps each JSON report as DIR/<config name>.json; --list prints every error and
// warning (rule, subject, file:line, message) under the summary, for judging them by hand.
// Each error and warning is looked up in docs/realworld/verdicts.json (a verdict per project, rule
// and subject, judged by reading the source); the summary gives precision over the judged ones
// and lists the unjudged, so a new finding is never counted as right by default.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at === -1) return null;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const flag = (name) => {
  const at = args.indexOf(name);
  if (at !== -1) args.splice(at, 1);
  return at !== -1;
};
const outDir = option('--out');
const markdown = option('--markdown');
const sections = [];
const only = option('--only');
const list = flag('--list');
const mirrors = args[0];
if (!mirrors) {
  console.error('usage: npm run realworld -- <mirror dir> [--out DIR] [--only SUBSTRING] [--list]');
  process.exit(2);
}
const cli = path.join(repoRoot, 'dist/cli.mjs');
if (!existsSync(cli)) {
  console.error('no dist/cli.mjs: run `npm run build` first');
  process.exit(2);
}
const projectsDir = path.join(repoRoot, 'docs/realworld');
const projects = JSON.parse(readFileSync(path.join(projectsDir, 'projects.json'), 'utf8'));
const verdictsFile = path.join(projectsDir, 'verdicts.json');
const verdicts = existsSync(verdictsFile) ? JSON.parse(readFileSync(verdictsFile, 'utf8')) : {};
const verdictOf = (name, d) => verdicts[name]?.[`${d.ruleId} ${d.subject}`];
if (outDir) mkdirSync(outDir, { recursive: true });

function gitDirOf(repo) {
  const slug = repo.replace('/', '+');
  for (const candidate of [path.join(mirrors, slug, 'repo'), path.join(mirrors, `${slug}.git`), path.join(mirrors, slug)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** git archive stops at the first missing blob of a partial mirror: leave those paths out. */
function exportTree(gitDir, commit, into) {
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', commit], { maxBuffer: 1 << 30 }).toString('utf8');
  const entries = listing.split('\0').filter(Boolean).map((line) => {
    const [meta, file] = line.split('\t');
    const [, type, sha] = meta.split(' ');
    return { type, sha, file };
  }).filter((e) => e.type === 'blob');
  const check = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-check=%(objectname) %(objecttype)'], { input: entries.map((e) => e.sha).join('\n'), maxBuffer: 1 << 30 });
  const states = check.stdout.toString('utf8').split('\n');
  const excluded = entries.filter((_, i) => states[i]?.endsWith(' missing')).map((e) => `:(exclude,literal)${e.file}`);
  const tar = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', commit, '--', '.', ...excluded], { maxBuffer: 2 ** 31 });
  if (tar.status !== 0) throw new Error(`git archive failed: ${tar.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', into], { input: tar.stdout, maxBuffer: 2 ** 31 });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  return excluded.length;
}

const rows = [];
for (const project of projects) {
  const name = project.label ?? project.config.replace(/\.ormlint\.ya?ml$/u, '');
  if (only && !name.includes(only)) continue;
  const gitDir = gitDirOf(project.repo);
  if (!gitDir) {
    console.log(`== ${name}: no mirror of ${project.repo} under ${mirrors} (fetch github:${project.repo})`);
    rows.push({ name, status: 'no mirror' });
    continue;
  }
  const tree = mkdtempSync(path.join(tmpdir(), 'ormlint-realworld-'));
  try {
    exportTree(gitDir, project.commit, tree);
    copyFileSync(path.join(projectsDir, project.config), path.join(tree, '.ormlint.yml'));
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [cli, 'check', '--config', '.ormlint.yml', '--format', 'json', '--fail-on', 'never'], { cwd: tree, maxBuffer: 1 << 30, encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) {
      console.log(`== ${name}: ormlint exited ${result.status}\n${result.stderr.slice(0, 2000)}`);
      rows.push({ name, status: `exit ${result.status}` });
      continue;
    }
    if (outDir) writeFileSync(path.join(outDir, `${name}.json`), result.stdout);
    const report = JSON.parse(result.stdout);
    // A row pinned for one truth (the graph at an older commit) counts only those rules' findings.
    const ds = project.onlyRules ? report.diagnostics.filter((d) => project.onlyRules.includes(d.ruleId)) : report.diagnostics;
    const count = (severity) => ds.filter((d) => d.severity === severity).length;
    const byRule = new Map();
    for (const d of ds) byRule.set(`${d.severity} ${d.ruleId}`, (byRule.get(`${d.severity} ${d.ruleId}`) ?? 0) + 1);
    const judged = ds.filter((d) => d.severity !== 'notice').map((d) => ({ d, verdict: verdictOf(name, d) }));
    const right = judged.filter((j) => j.verdict?.verdict === 'true').length;
    const wrong = judged.filter((j) => j.verdict?.verdict === 'false').length;
    const unjudged = judged.filter((j) => !j.verdict);
    const row = { name, status: 'ok', errors: count('error'), warnings: count('warning'), notices: count('notice'), files: report.stats?.files ?? 0, wall, right, wrong, unjudged: unjudged.length };
    rows.push(row);
    console.log(`== ${name}  ${project.repo}@${project.commit.slice(0, 12)}  ${row.errors} errors, ${row.warnings} warnings, ${row.notices} notices; ${row.files} files; ${wall.toFixed(2)} s`);
    for (const [key, n] of [...byRule].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`   ${String(n).padStart(4)}  ${key}`);
    sections.push({ name, project, row, judged, notices: ds.filter((d) => d.severity === 'notice') });
    if (list) {
      for (const { d, verdict } of judged) console.log(`     [${verdict ? verdict.verdict : '?'}] ${d.ruleId} ${d.subject} ${d.file}:${d.line}  ${d.message}`);
    } else {
      for (const { d } of unjudged) console.log(`     [unjudged] ${d.ruleId} ${d.subject} ${d.file}:${d.line}`);
    }
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
console.log('\nproject                               errors  warnings  notices  files   wall   true  false  unjudged');
for (const r of rows) {
  if (r.status !== 'ok') console.log(`${r.name.padEnd(36)}  ${r.status}`);
  else console.log(`${r.name.padEnd(36)}  ${String(r.errors).padStart(6)}  ${String(r.warnings).padStart(8)}  ${String(r.notices).padStart(7)}  ${String(r.files).padStart(5)}  ${r.wall.toFixed(2).padStart(5)}s  ${String(r.right).padStart(5)}  ${String(r.wrong).padStart(5)}  ${String(r.unjudged).padStart(8)}`);
}
const ok = rows.filter((r) => r.status === 'ok');
const right = ok.reduce((n, r) => n + r.right, 0);
const wrong = ok.reduce((n, r) => n + r.wrong, 0);
const unjudged = ok.reduce((n, r) => n + r.unjudged, 0);
const notices = ok.reduce((n, r) => n + r.notices, 0);
const files = ok.reduce((n, r) => n + r.files, 0);
console.log(`\nprecision ${right}/${right + wrong} = ${right + wrong ? ((100 * right) / (right + wrong)).toFixed(1) : '-'} % of judged errors and warnings; ${unjudged} unjudged; ${notices} notices over ${files} files checked (${files ? (notices / files).toFixed(2) : '-'} per file)`);

if (markdown) {
  const cell = (text) => String(text).replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');
  const out = [];
  for (const { name, project, row, judged, notices } of sections) {
    if (!row) continue;
    out.push(`### ${name}`, '', `\`${project.repo}\` at \`${project.commit}\`, config \`docs/realworld/${project.config}\`${project.onlyRules ? ` (only ${project.onlyRules.join(', ')} findings counted: ${project.why})` : ''}.`, '');
    out.push(`${row.errors} errors, ${row.warnings} warnings: ${row.right} true, ${row.wrong} false, ${row.unjudged} unjudged. ${row.notices} notices over ${row.files} files checked.`, '');
    if (judged.length > 0) {
      out.push('| # | rule | subject | where | verdict | why (from the source) |', '|---|---|---|---|---|---|');
      judged.forEach(({ d, verdict }, i) => out.push(`| ${i + 1} | ${d.ruleId} | \`${cell(d.subject)}\` | ${cell(`${d.file}:${d.line}`)} | ${verdict ? `**${verdict.verdict}**` : 'unjudged'} | ${cell(verdict?.why ?? '')} |`));
      out.push('');
    }
    if (notices.length > 0) {
      out.push('Notices:', '');
      for (const n of notices) out.push(`- ${cell(`${n.file}:${n.line}`)}: ${cell(n.message)}`);
      out.push('');
    }
  }
  writeFileSync(markdown, out.join('\n'));
  console.log(`wrote ${markdown}`);
}
