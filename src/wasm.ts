import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Finds a .wasm file: beside the running bundle (dist/ ships them next to cli.mjs and action.mjs,
 * so the bundle needs no node_modules), else in the installed package (tests run from source).
 */
export function wasmPath(fileName: string, packagePath: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, fileName);
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(packagePath);
}
