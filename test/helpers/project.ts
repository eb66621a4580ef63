import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway project folder in the system temp dir, from `{ "relative/path": "text" }`. */
export function tempProject(files: Record<string, string>, prefix = 'ormlint-project-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** The projects of a fixtures folder: its subfolders with a `.ormlint.yml`, by name. */
export function fixtureProjects(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(folder, d.name, '.ormlint.yml')))
    .map((d) => d.name)
    .sort();
}

/** A fixture project's expected.json: every finding it must produce. */
export function expectedFindings<T>(folder: string, project: string): T[] {
  return JSON.parse(readFileSync(path.join(folder, project, 'expected.json'), 'utf8')) as T[];
}
