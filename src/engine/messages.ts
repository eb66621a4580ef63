/**
 * Message templates: rules name their messages (`messages: { missing: 'Table "{{table}}" ...' }`)
 * and report data; the engine fills the placeholders in one place, so a rule never builds text
 * by hand and every message stays greppable in its rule file.
 */

/**
 * Fills `{{name}}` placeholders (spaces inside the braces allowed) from `data`. A placeholder with
 * no value stays as written, so a forgotten field shows up in the output instead of vanishing.
 */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    out += template.slice(i, open);
    const key = template.slice(open + 2, close).trim();
    out += Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : template.slice(open, close + 2);
    i = close + 2;
  }
  return out + template.slice(i);
}

/** `a`, `a and b`, `a, b and c`: lists read as prose in messages. */
export function formatList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The candidate most like `name`, or null when none is close: one containing the other
 * (`webhook_queue` / `n8n_webhook_queue`) wins, else the smallest edit distance within a third of
 * the name's length (at least 2).
 */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  let best: { candidate: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    // Very short names are contained in too much to mean anything.
    const contains = Math.min(candidate.length, name.length) >= 4 && (candidate.includes(name) || name.includes(candidate));
    const distance = editDistance(name, candidate);
    const limit = Math.max(2, Math.floor(name.length / 3));
    if (!contains && distance > limit) continue;
    // Containment ranks before any edit distance; ties break alphabetically for stable output.
    const score = (contains ? 0 : 1000) + distance;
    if (!best || score < best.score || (score === best.score && candidate < best.candidate)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

/**
 * Code-point order, the same on every machine: unlike localeCompare it never depends on the
 * locale nor ignores `_` or `.`. (Plain `<` compares UTF-16 units, which puts characters beyond
 * U+FFFF before U+E000..U+FFFF; the first differing unit is corrected for that.)
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800..U+DFFF) rank after U+E000..U+FFFF, as the code points they encode do. */
function codePointRank(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit;
}
