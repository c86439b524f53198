/** Text shaping for platform limits: split long text at natural boundaries, shorten labels. */

const codePoints = (s: string): string[] => Array.from(s);

/** Shorten to at most `max` characters (code points), ending with "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = codePoints(text.trim());
  if (chars.length <= max) return chars.join('');
  return chars.slice(0, Math.max(1, max - 1)).join('').trimEnd() + '…';
}

/**
 * Split `text` into chunks of at most `max` UTF-16 units (a conservative proxy for the platforms'
 * character counts), preferring paragraph breaks, then line breaks, then sentence ends, then spaces.
 * Never splits a surrogate pair. Chunks are trimmed; empty chunks are dropped.
 */
export function splitText(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    const head = rest.slice(0, cut).trim();
    if (head) out.push(head);
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const minUseful = Math.floor(max * 0.3);
  const lastMatchEnd = (re: RegExp): number => {
    let best = -1;
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end <= max) best = end;
    }
    return best;
  };
  for (const re of [/\n\s*\n/g, /\n/g, /[.!?…;:](?=\s)/g, /\s/g]) {
    const at = lastMatchEnd(re);
    if (at >= minUseful) return at;
  }
  // Hard cut, but not inside a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}
