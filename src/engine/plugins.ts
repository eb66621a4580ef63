import { realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config/error.js';
import type { Config } from '../config/types.js';
import type { RuleDefinition } from './rule.js';

const SEVERITIES = new Set(['error', 'warning', 'notice']);

/**
 * Loads the rules of the configured plugins (`plugins:` in .ormlint.yml). Plugins are JavaScript
 * modules from the repository, so loading one RUNS repository code: that is why nothing is loaded
 * unless the config names it. Each path is relative to the project root and must stay inside it.
 * A module default-exports one rule or `{ rules: [...] }` (a named `rules` export works too).
 * Plugin rule ids are namespaced `<plugin>/<rule>` (the `/` is how .ormlint.yml tells a plugin
 * rule from a mistyped built-in one) and must be unique.
 */
export async function loadPlugins(config: Config, builtinIds: ReadonlySet<string>): Promise<RuleDefinition<any>[]> {
  const loaded: RuleDefinition<any>[] = [];
  const taken = new Set(builtinIds);
  for (const entry of config.plugins) {
    const abs = confinedPath(config.root, entry);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`plugin "${entry}" could not be loaded: ${(error as Error).message}`, config.file);
    }
    for (const rule of rulesOf(mod, entry, config)) {
      if (!rule.id.includes('/')) {
        throw new ConfigError(`plugin "${entry}" defines rule "${rule.id}"; plugin rule ids are written "<plugin>/<rule>", e.g. "acme/${rule.id}"`, config.file);
      }
      if (taken.has(rule.id)) {
        throw new ConfigError(`plugin "${entry}" defines rule "${rule.id}", which another plugin already defines`, config.file);
      }
      taken.add(rule.id);
      loaded.push(rule);
    }
  }
  return loaded;
}

function confinedPath(root: string, entry: string): string {
  const abs = path.resolve(root, entry);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    throw new ConfigError(`plugin "${entry}" not found (looked for ${abs})`);
  }
  const rel = path.relative(realpathSync(root), real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw new ConfigError(`plugin "${entry}" is outside the project root; plugins must live in the repository`);
  }
  return real;
}

function rulesOf(mod: Record<string, unknown>, entry: string, config: Config): RuleDefinition<any>[] {
  const exported = (mod.default ?? mod) as Record<string, unknown> | undefined;
  const candidates: unknown[] = Array.isArray(exported?.rules)
    ? (exported!.rules as unknown[])
    : Array.isArray(mod.rules)
      ? (mod.rules as unknown[])
      : [exported];
  return candidates.map((candidate, index) => {
    const problem = ruleShapeProblem(candidate);
    if (problem) throw new ConfigError(`plugin "${entry}" rule #${index + 1}: ${problem}`, config.file);
    return candidate as RuleDefinition<any>;
  });
}

/** Why a value is not a usable rule, or null when it is one. */
function ruleShapeProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object') return 'not a rule object (expected defineRule({ id, meta, messages, check }))';
  const rule = value as Partial<RuleDefinition>;
  if (typeof rule.id !== 'string' || rule.id.trim() === '') return 'missing a string "id"';
  if (!rule.meta || typeof rule.meta.description !== 'string') return `rule "${rule.id}" needs meta.description`;
  if (!SEVERITIES.has(rule.meta.defaultSeverity)) return `rule "${rule.id}" needs meta.defaultSeverity: error | warning | notice`;
  if (!rule.messages || typeof rule.messages !== 'object') return `rule "${rule.id}" needs a messages object`;
  if (typeof rule.check !== 'function') return `rule "${rule.id}" needs a check(ctx, options) function`;
  return null;
}
