// First: chooses how the wasm parsers compile before any of them is imported (see the module).
import './parallel/wasmTier.js';
import './parallel/jsTier.js';
import * as core from '@actions/core';
import { main } from './github/main.js';

/** Entry point of dist/action.mjs: one try/catch, so any failure is one clear line on the step. */
async function runAction(): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError') core.setFailed(error.message);
    else if (error instanceof Error) core.setFailed(`ormlint failed: ${error.message}${process.env.RUNNER_DEBUG === '1' && error.stack ? `\n${error.stack}` : ''}`);
    else core.setFailed(`ormlint failed: ${String(error)}`);
  }
}

await runAction();
