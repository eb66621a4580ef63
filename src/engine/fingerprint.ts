import { createHash } from 'node:crypto';

/** What identifies a finding across commits: never its line, so shifting code keeps it. */
export interface FingerprintKey {
  ruleId: string;
  subject: string;
  file: string;
  messageId: string;
}

/**
 * Stable 16-hex-digit fingerprints for a list of findings, in the same order. Built from rule,
 * subject, file and message id — not line numbers — so a baseline survives line shifts and
 * unrelated edits. Exact collisions (two findings with the same key) get an occurrence counter,
 * counted in the order given, which callers keep stable by sorting on position first.
 */
export function fingerprints(keys: FingerprintKey[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const base = [key.ruleId, key.subject, key.file, key.messageId].join('\u0000');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 16);
  });
}
