// Prints a fixture's current findings in expected.json's shape, for review before it is committed:
//   node scripts/accuracy-expected.mjs fixtures/accuracy/<name>
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const dir = process.argv[2];
const out = execFileSync(process.execPath, [path.resolve('dist/cli.mjs'), 'check', '--config', path.join(dir, '.ormlint.yml'), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
const findings = JSON.parse(out).diagnostics.map(({ ruleId, severity, file, line, column, subject, message }) => ({ ruleId, severity, file, line, column, subject, message }));
for (const f of findings) console.error(`${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.message}`);
console.log(JSON.stringify(findings.map(({ message, ...rest }) => rest), null, 2));
