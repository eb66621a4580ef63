import { defineRule } from '../src/engine/rule.js';

/**
 * An `ormlint-disable…` comment that suppresses nothing, or names a rule that does not exist.
 * The engine's suppression pass reports these (it alone knows what each comment silenced); this
 * definition gives the finding an id, a default severity, a doc page and an `off` switch.
 */
export default defineRule({
  id: 'unused-suppression',
  meta: {
    description: 'An ormlint-disable comment that suppresses nothing or names an unknown rule.',
    defaultSeverity: 'warning',
  },
  messages: {
    unused: 'Suppression (ormlint-disable-{{kind}}) of {{rule}} suppresses nothing; remove it',
    unknownRule: 'Suppression names unknown rule "{{rule}}"; no such rule is configured',
  },
  check() {
    // Reported by applySuppressions() in src/engine/suppressions.ts, after every rule has run.
  },
});
