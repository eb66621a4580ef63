import { setFlagsFromString } from 'node:v8';

/**
 * Which of V8's WebAssembly compilers compiles the parsers (tree-sitter, libpg-query). By default
 * V8 compiles with its baseline compiler (Liftoff) and then recompiles with its optimising compiler
 * in background threads: on a small project that costs more CPU than the whole lint (the README
 * example: 0.6 s of CPU with it, 0.3 s without), while on a big one the optimised parser earns it
 * back several times (tree-sitter parses the 2,000-model project in 1.2 s instead of 1.9 s).
 *
 * So a process starts with the baseline compiler only and chooseWasmTier switches optimisation back
 * on when there is enough source to parse, before the Python parser and the worker threads
 * compile theirs. Postgres' parser (libpg-query) earns it back much later than tree-sitter: its
 * grammar functions are huge, so optimising them costs more, and SQL migrations are quick to parse
 * (the 2,000-file Flyway corpus, 1 MB: 1.25 s of CPU with optimisation, 0.97 s without; 5 MB: 3.4 s
 * against 3.1 s; 20 MB: even). So SQL counts towards its own, higher threshold. The CLI and the Action import this module first: libpg-query starts loading as
 * soon as it is imported, and compiles after its first `await` (reading its .wasm), that is after
 * the whole bundle has been evaluated and this flag set. (Measured: the README example's CPU
 * halves; were the flag set too late, it would not.) Either compiler gives the same results;
 * only the speed differs. A V8 flag given on the command line is left as it is.
 */
const OPTIMISED_WASM_MIN_BYTES = 1_000_000;
/** The same for SQL text, which only libpg-query parses (measured above: even at 20 MB). */
const OPTIMISED_WASM_MIN_SQL_BYTES = 20_000_000;

const userSetWasmFlags = process.execArgv.some((arg) => /liftoff|wasm/u.test(arg));
if (!userSetWasmFlags) setFlagsFromString('--liftoff-only');

let chosen = false;

/**
 * Chooses once per process, from the characters of source each parser has to read (`python`: what
 * tree-sitter parses; `sql`: SQL migration files), before the parsers of the source are compiled (a V8 flag applies to
 * the modules compiled after it is set: libpg-query's, compiled at import, stays baseline-only).
 */
export function chooseWasmTier(toParse: { python: number; sql: number }): void {
  if (chosen || userSetWasmFlags) return;
  chosen = true;
  if (toParse.python < OPTIMISED_WASM_MIN_BYTES && toParse.sql < OPTIMISED_WASM_MIN_SQL_BYTES) return;
  // V8's defaults: optimising compiler allowed, hot functions recompiled with it.
  setFlagsFromString('--no-liftoff-only');
  setFlagsFromString('--wasm-tier-up');
  setFlagsFromString('--wasm-dynamic-tiering');
}

/**
 * The same while the files are still being read: `python` characters are already known to need
 * parsing (a lower bound), so once they pass the threshold the choice can only be to optimise,
 * and it is made now (worker threads started early compile their parser after it).
 */
export function chooseWasmTierEarly(python: number): void {
  if (python >= OPTIMISED_WASM_MIN_BYTES) chooseWasmTier({ python, sql: 0 });
}
