/**
 * Checks the parsed YAML of `.ormlint.yml` against `configSchema`, node by node, so every error can
 * point at the line and column of the offending key or value.
 */
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SeverityOrOff } from '../engine/diagnostic.js';
import type { PropertySchema } from '../engine/rule.js';
import { SEVERITIES } from './defaults.js';
import { ConfigError } from './error.js';
import { isPluginRuleId, type ConfigNode, type KnownRule, type ObjectNode, type PathKind } from './schema.js';
import { closestName } from './suggest.js';

/** A rule entry as written: severity when given, options as validated (not yet merged). */
export interface RuleEntry {
  severity: SeverityOrOff | null;
  options: Record<string, unknown>;
}

/** The validated values that were present in the file; defaults come later. */
export type RawConfig = Record<string, unknown>;

export interface ValidationContext {
  doc: Document;
  lineCounter: LineCounter;
  /** The config file as shown in messages. */
  displayFile: string;
  /** Absolute project root: path values must stay inside it. */
  root: string;
  rules: readonly KnownRule[];
}

/** Validates the top-level mapping; throws ConfigError at the first problem. */
export function validateConfigDocument(top: Node, schema: ObjectNode, ctx: ValidationContext): RawConfig {
  return validateObject(top, schema, '', ctx);
}

function validateNode(node: Node | null, schema: ConfigNode, keyPath: string, ctx: ValidationContext, keyNode: Node): unknown {
  const value = resolve(node, ctx);
  switch (schema.kind) {
    case 'object':
      return validateObject(value ?? keyNode, schema, keyPath, ctx, value === null);
    case 'rules':
      return validateRules(value, keyPath, ctx, keyNode);
    case 'string': {
      const text = expectString(value, keyPath, ctx, keyNode, 'a string');
      return checkPath(text, schema.path ?? 'name', keyPath, value ?? keyNode, ctx);
    }
    case 'enum': {
      const text = expectString(value, keyPath, ctx, keyNode, `one of ${quoteList(schema.values)}`);
      if (!schema.values.includes(text)) {
        fail(ctx, value ?? keyNode, suggesting(`${keyPath} must be one of ${quoteList(schema.values)} (got "${text}")`, text, schema.values));
      }
      return text;
    }
    case 'integer': {
      if (!value || !isScalar(value) || typeof value.value !== 'number') {
        fail(ctx, value ?? keyNode, `${keyPath} must be a whole number (got ${describe(value)})`);
      }
      const number = value.value as number;
      if (!Number.isInteger(number) || number < schema.minimum) {
        fail(ctx, value, `${keyPath} must be a whole number of at least ${schema.minimum} (got ${number})`);
      }
      return number;
    }
    case 'stringList': {
      if (!value || !isSeq(value)) {
        fail(ctx, value ?? keyNode, `${keyPath} must be a list of strings (got ${describe(value)})`);
      }
      if (schema.nonEmpty && value.items.length === 0) {
        fail(ctx, value, `${keyPath} is empty: list at least one ${schema.items === 'name' ? 'name' : 'glob'}, or leave the key out for the default`);
      }
      return value.items.map((item, index) => {
        const itemPath = `${keyPath}[${index}]`;
        const itemNode = resolve(item as Node | null, ctx);
        const text = expectString(itemNode, itemPath, ctx, value, 'a string');
        return checkPath(text, schema.items, itemPath, itemNode ?? value, ctx);
      });
    }
  }
}

function validateObject(node: Node, schema: ObjectNode, keyPath: string, ctx: ValidationContext, isEmpty = false): RawConfig {
  if (isEmpty || !isMap(node)) {
    const what = keyPath === '' ? 'the top level' : keyPath;
    fail(ctx, node, `${what} must be a mapping of keys (${Object.keys(schema.properties).join(', ')}) (got ${isEmpty ? 'an empty value' : describe(node)})`);
  }
  const known = Object.keys(schema.properties);
  const result: RawConfig = {};
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = keyName(keyNode, keyPath, ctx, node);
    const child = schema.properties[key];
    if (!child) {
      const where = keyPath === '' ? 'at top level' : `in ${keyPath}`;
      fail(ctx, keyNode ?? node, suggesting(`unknown key "${key}" ${where}`, key, known, `; known keys: ${known.join(', ')}`));
    }
    const childPath = keyPath === '' ? key : `${keyPath}.${key}`;
    result[key] = validateNode(pair.value as Node | null, child, childPath, ctx, keyNode ?? node);
  }
  return result;
}

function validateRules(node: Node | null, keyPath: string, ctx: ValidationContext, keyNode: Node): Map<string, RuleEntry> {
  if (!node || !isMap(node)) {
    fail(ctx, node ?? keyNode, `${keyPath} must be a mapping of rule id to severity or { severity, ...options } (got ${describe(node)})`);
  }
  const ids = ctx.rules.map((rule) => rule.id);
  const entries = new Map<string, RuleEntry>();
  for (const pair of node.items) {
    const idNode = pair.key as Node | null;
    const id = keyName(idNode, keyPath, ctx, node);
    const rulePath = `${keyPath}.${id}`;
    const rule = ctx.rules.find((candidate) => candidate.id === id);
    if (!rule && !isPluginRuleId(id)) {
      const otherwise = `. Built-in rules: ${ids.join(', ')}; plugin rules are written "plugin/rule".`;
      fail(ctx, idNode ?? node, suggesting(`"${rulePath}" is not a rule`, id, ids, otherwise));
    }
    entries.set(id, validateRuleEntry(resolve(pair.value as Node | null, ctx), rule ?? null, id, rulePath, ctx, idNode ?? node));
  }
  return entries;
}

function validateRuleEntry(node: Node | null, rule: KnownRule | null, id: string, rulePath: string, ctx: ValidationContext, keyNode: Node): RuleEntry {
  if (node && isScalar(node) && typeof node.value === 'string') {
    return { severity: checkSeverity(node.value, rulePath, node, ctx), options: {} };
  }
  if (!node || !isMap(node)) {
    fail(ctx, node ?? keyNode, `${rulePath} must be a severity (${quoteList(SEVERITIES)}) or a mapping { severity, ...options } (got ${describe(node)})`);
  }
  let severity: SeverityOrOff | null = null;
  const options: Record<string, unknown> = {};
  const optionNames = rule?.options ? Object.keys(rule.options.properties) : [];
  for (const pair of node.items) {
    const keyNodeOfOption = pair.key as Node | null;
    const name = keyName(keyNodeOfOption, rulePath, ctx, node);
    const valueNode = resolve(pair.value as Node | null, ctx);
    const optionPath = `${rulePath}.${name}`;
    if (name === 'severity') {
      severity = checkSeverity(expectString(valueNode, optionPath, ctx, keyNodeOfOption ?? node, `one of ${quoteList(SEVERITIES)}`), optionPath, valueNode ?? node, ctx);
      continue;
    }
    if (!rule?.options) {
      // Plugin rules and rules that declare no options schema: options pass through as written,
      // except a misspelt `severity`, which would otherwise be silently ignored.
      if (closestName(name, ['severity'])) fail(ctx, keyNodeOfOption ?? node, suggesting(`unknown option "${name}" in ${rulePath}`, name, ['severity']));
      options[name] = valueNode ? pluginOptionValue(ctx, valueNode, `${rulePath}.${name}`) : null;
      continue;
    }
    const property = rule.options.properties[name];
    if (!property) {
      const candidates = ['severity', ...optionNames];
      fail(ctx, keyNodeOfOption ?? node, suggesting(`unknown option "${name}" in ${rulePath}`, name, candidates, `. Known options: ${candidates.join(', ')}.`));
    }
    options[name] = validateOption(valueNode, property, optionPath, ctx, keyNodeOfOption ?? node);
  }
  if (severity === null && isPluginRuleId(id)) {
    fail(ctx, node, `${rulePath} needs a severity (${quoteList(SEVERITIES)}): a plugin rule's default is not known before the plugin loads`);
  }
  return { severity, options };
}

function validateOption(node: Node | null, schema: PropertySchema, keyPath: string, ctx: ValidationContext, keyNode: Node): unknown {
  switch (schema.type) {
    case 'string': {
      const text = expectString(node, keyPath, ctx, keyNode, schema.enum ? `one of ${quoteList(schema.enum)}` : 'a string');
      if (schema.enum && !schema.enum.includes(text)) {
        fail(ctx, node ?? keyNode, suggesting(`${keyPath} must be one of ${quoteList(schema.enum)} (got "${text}")`, text, schema.enum));
      }
      return text;
    }
    case 'boolean':
      if (!node || !isScalar(node) || typeof node.value !== 'boolean') {
        fail(ctx, node ?? keyNode, `${keyPath} must be true or false (got ${describe(node)})`);
      }
      return node.value;
    case 'number':
      if (!node || !isScalar(node) || typeof node.value !== 'number') {
        fail(ctx, node ?? keyNode, `${keyPath} must be a number (got ${describe(node)})`);
      }
      return node.value;
    case 'array': {
      if (!node || !isSeq(node)) {
        fail(ctx, node ?? keyNode, `${keyPath} must be a list of ${pluralOf(schema.items)} (got ${describe(node)})`);
      }
      return node.items.map((item, index) => validateOption(resolve(item as Node | null, ctx), schema.items, `${keyPath}[${index}]`, ctx, node));
    }
  }
}

function checkSeverity(text: string, keyPath: string, node: Node, ctx: ValidationContext): SeverityOrOff {
  if (!(SEVERITIES as readonly string[]).includes(text)) {
    fail(ctx, node, suggesting(`${keyPath} must be one of ${quoteList(SEVERITIES)} (got "${text}")`, text, SEVERITIES));
  }
  return text as SeverityOrOff;
}

/**
 * Config paths are relative to the project root and may never leave it: discovery, the baseline
 * and plugins only ever touch files under the root. Returns the path normalized (`./a//b` → `a/b`).
 */
function checkPath(text: string, kind: PathKind, keyPath: string, node: Node, ctx: ValidationContext): string {
  if (text.trim() === '') fail(ctx, node, `${keyPath} must not be empty`);
  if (kind === 'name') return text;
  if (kind === 'gitignore') {
    const pattern = text.startsWith('!') ? text.slice(1) : text;
    if (pattern.split('/').includes('..')) {
      fail(ctx, node, `${keyPath} "${text}" reaches outside the project root: exclude patterns are relative to the root and may not contain ".."`);
    }
    return text;
  }
  if (text.startsWith('!')) {
    fail(ctx, node, `${keyPath} "${text}" starts with "!": list files to leave out under an exclude key instead`);
  }
  const relative = path.isAbsolute(text) ? path.relative(ctx.root, text).split(path.sep).join('/') : text;
  const normalized = path.posix.normalize(relative);
  if (normalized === '..' || normalized.startsWith('../') || path.isAbsolute(normalized)) {
    fail(ctx, node, `${keyPath} "${text}" is outside the project root ${ctx.root}: paths are relative to the root and may not leave it`);
  }
  return normalized;
}

function expectString(node: Node | null, keyPath: string, ctx: ValidationContext, fallback: Node, expected: string): string {
  if (!node || !isScalar(node) || typeof node.value !== 'string') {
    fail(ctx, node ?? fallback, `${keyPath} must be ${expected} (got ${describe(node)})`);
  }
  return node.value as string;
}

function keyName(keyNode: Node | null, keyPath: string, ctx: ValidationContext, parent: Node): string {
  if (keyNode && isScalar(keyNode) && keyNode.value !== null && typeof keyNode.value !== 'object') {
    return String(keyNode.value);
  }
  fail(ctx, keyNode ?? parent, `${keyPath === '' ? 'the top level' : keyPath} has a key that is not a plain name (got ${describe(keyNode)})`);
}

/** Aliases (`*anchor`) stand for the node they name; an explicit `~`/empty value reads as null. */
function resolve(node: Node | null, ctx: ValidationContext): Node | null {
  let current: Node | null = node;
  for (let hops = 0; current && isAlias(current) && hops < 100; hops++) {
    current = (current.resolve(ctx.doc) as Node | undefined) ?? null;
  }
  if (current && isScalar(current) && current.value === null) return null;
  return current;
}

/** What a value is, in words: "a number", "a list", "an empty value". */
function describe(node: Node | null): string {
  if (!node) return 'an empty value';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    switch (typeof node.value) {
      case 'string':
        return 'a string';
      case 'number':
      case 'bigint':
        return 'a number';
      case 'boolean':
        return 'a boolean';
      default:
        return node.value === null ? 'an empty value' : 'a value of another type';
    }
  }
  return 'a value of another type';
}

function pluralOf(schema: PropertySchema): string {
  switch (schema.type) {
    case 'string':
      return schema.enum ? `strings (${quoteList(schema.enum)})` : 'strings';
    case 'boolean':
      return 'booleans';
    case 'number':
      return 'numbers';
    case 'array':
      return 'lists';
  }
}

/** `message. Did you mean "x"?` when a candidate is close to `input`, else `message` + `otherwise`. */
function suggesting(message: string, input: string, candidates: readonly string[], otherwise = ''): string {
  const match = closestName(input, candidates);
  return match === null ? `${message}${otherwise}` : `${message}. Did you mean "${match}"?`;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

/**
 * A plugin option's value as plain data. Aliases are expanded here, and `yaml` refuses (throws)
 * when they multiply past its limit (a "billion laughs" document): that is a config error at the
 * option, not an internal one.
 */
function pluginOptionValue(ctx: ValidationContext, valueNode: Node, optionPath: string): unknown {
  try {
    return valueNode.toJS(ctx.doc);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(ctx, valueNode, `${optionPath} cannot be read: ${why} (YAML aliases expand to too much data)`);
  }
}

/** Throws the one-line `file:line:col: message` error located at `node`. */
export function fail(ctx: Pick<ValidationContext, 'lineCounter' | 'displayFile'>, node: Node | null, message: string): never {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = ctx.lineCounter.linePos(offset);
  throw new ConfigError(`${ctx.displayFile}:${line}:${col}: ${message}`, ctx.displayFile, line, col);
}
