import { defineRule } from '../src/engine/rule.js';

/**
 * A rule that threw: the run goes on without it, and this notice says so, so a crash is never
 * mistaken for a clean bill. The engine reports it (src/engine/runner.ts); this definition gives
 * the finding its message, default severity, doc page and an `off` switch.
 */
export default defineRule({
  id: 'internal-error',
  meta: {
    description: 'A rule that failed while running; the rest of the run went on.',
    defaultSeverity: 'notice',
  },
  messages: {
    failed: 'Rule "{{rule}}" failed and was skipped: {{reason}}',
  },
  check() {
    // Reported by runRules() in src/engine/runner.ts when another rule throws.
  },
});
