/**
 * Typos by sound and by shape, inside a piece of a query: covering a piece with site phrases (coverPiece),
 * same-sounding characters a pinyin IME picked wrongly (mendSounds), one character different or left
 * out (typoGuesses), and whether the syllable table is worth loading for a piece (worthSounds). Pure.
 */
import { ANY_CHAR, charsOf, memo } from './corpus';
import type { Sounds } from './data';
import { escapeRegExp, FILLER, FUNCTION_CHARS } from './normalise';
import { LONGEST_MEND, LONGEST_PHRASE, SHAPE_GUESS } from './tuning';

const NO_SOUNDS: Sounds = () => 0;
/** A syllable typed in letters stands in as a private-use character while a query is read (query.ts). */
export const isSpelled = (c: string) => /\p{Co}/u.test(c);

/**
 * Cuts a piece into site phrases and leftovers, covering as many characters with site phrases as
 * possible, then with as few phrases as possible (退货不寄 → 退货 + 不寄, not 退货不 + 寄).
 */
export function coverPiece(chars: readonly string[], inSite: (s: string) => boolean): { text: string; site: boolean }[] {
  const n = chars.length;
  const best: { covered: number; count: number; from: number; site: boolean }[] = [{ covered: 0, count: 0, from: -1, site: false }];
  for (let j = 1; j <= n; j++) {
    const prev = best[j - 1]!;
    let b = { covered: prev.covered, count: prev.count + 1, from: j - 1, site: false };
    for (let i = Math.max(0, j - LONGEST_PHRASE); i <= j - 2; i++) {
      const start = best[i]!;
      if (!inSite(chars.slice(i, j).join(''))) continue;
      const c = { covered: start.covered + (j - i), count: start.count + 1, from: i, site: true };
      if (c.covered > b.covered || (c.covered === b.covered && c.count < b.count)) b = c;
    }
    best[j] = b;
  }
  const out: { text: string; site: boolean }[] = [];
  for (let j = n; j > 0; ) {
    const b = best[j]!;
    const text = chars.slice(b.from, j).join('');
    const last = out[0];
    // Leftover characters next to each other stay one word (色差, 砖头).
    if (!b.site && last && !last.site) last.text = text + last.text;
    else out.unshift({ text, site: b.site });
    j = b.from;
  }
  return out;
}

/**
 * Guesses for a typo (拼音 input picks a wrong character: 举正 for 举证): the site phrases that differ
 * from `word` in one character. Where the changed character sounds like the typed one (soundAlike in
 * src/lib/search/sounds.ts), only those count, most frequent first, as near-certain; otherwise the most
 * frequent, those at least a third as frequent as the best, as guesses.
 */
export function typoGuesses(word: string, corpus: string, sounds: Sounds = NO_SOUNDS, guessCertainty = SHAPE_GUESS): { term: string; certainty: number }[] {
  const chars = [...word];
  const found = new Map<string, { n: number; alike: number }>();
  chars.forEach((typed, k) => {
    if (chars.every((c, i) => i === k || FUNCTION_CHARS.has(c))) return;
    const before = escapeRegExp(chars.slice(0, k).join(''));
    const after = escapeRegExp(chars.slice(k + 1).join(''));
    for (const m of corpus.matchAll(new RegExp(`${before}(${ANY_CHAR})${after}`, 'gu'))) {
      if (m[0] === word || FILLER.includes(m[0])) continue;
      const alike = sounds(typed, m[1]!);
      const seen = found.get(m[0]);
      found.set(m[0], { n: (seen?.n ?? 0) + 1, alike: Math.max(seen?.alike ?? 0, alike) });
    }
  });
  const ranked = [...found.entries()].sort((a, b) => b[1].alike - a[1].alike || b[1].n - a[1].n);
  const top = ranked[0]?.[1];
  if (top && top.alike > 0) {
    const alike = ranked.filter(([, v]) => v.alike === top.alike).slice(0, 2);
    return alike.map(([term]) => ({ term, certainty: (top.alike === 2 ? 1 : 0.85) / alike.length }));
  }
  // A character left out inside the word (仅款 → 仅退款), as likely as one swapped for another.
  if (chars.every((c) => !FUNCTION_CHARS.has(c))) {
    for (let k = 1; k < chars.length; k++) {
      const pattern = new RegExp(`${escapeRegExp(chars.slice(0, k).join(''))}${ANY_CHAR}${escapeRegExp(chars.slice(k).join(''))}`, 'gu');
      for (const m of corpus.matchAll(pattern)) {
        if (FILLER.includes(m[0])) continue;
        const seen = found.get(m[0]);
        found.set(m[0], { n: (seen?.n ?? 0) + 1, alike: 0 });
      }
    }
  }
  // Two characters with one of them swapped for any other match too much by chance (动静 → 动退): for them, only a left-out one.
  const pool = [...found.entries()].filter(([term]) => chars.length >= 3 || [...term].length > chars.length).sort((a, b) => b[1].n - a[1].n);
  const most = pool[0]?.[1].n ?? 0;
  const guesses = pool.filter(([, v]) => v.n * 3 >= most).slice(0, 3);
  return guesses.map(([term]) => ({ term, certainty: guessCertainty / guesses.length }));
}

/**
 * Mends characters a pinyin IME picked wrongly inside a piece (进退款 → 仅退款, 平台介如 → 平台介入):
 * a character the site's phrases do not cover is swapped for a same-sounding one where that makes a
 * site phrase of it and its neighbours, if the swap covers more of the piece with fewer phrases.
 */
export function mendSounds(
  chars: readonly string[],
  inSite: (s: string) => boolean,
  corpus: string,
  sounds: Sounds,
  isWord: (w: string) => boolean = () => false,
  kept: ReadonlySet<number> = new Set(),
): string[] {
  // Each candidate mend is covered once: a piece's matches often try the same characters again.
  const covered = new Map<string, { covered: number; inSite: boolean[] }>();
  const coverage = (cs: readonly string[]) => {
    const key = cs.join('\u0001');
    let c = covered.get(key);
    if (!c) {
      const marked = coverPiece(cs, inSite).flatMap((g) => [...g.text].map(() => g.site));
      c = { covered: marked.filter(Boolean).length, inSite: marked };
      covered.set(key, c);
    }
    return c;
  };
  // What a typed character may become: the site's characters that sound the same (a spelled syllable would
  // otherwise match every stretch of the corpus, and each match be tried).
  const alike = memo((typed: string) => {
    const all = charsOf(corpus);
    const cs = all.filter((c) => sounds(typed, c) === 2);
    if (cs.length === all.length) return `(${ANY_CHAR})`;
    return cs.length > 0 ? `([${cs.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}])` : '';
  });
  let out = [...chars];
  let now = coverage(out);
  for (let k = 0; k < out.length; k++) {
    const typed = out[k]!;
    // Only a character outside every site phrase the piece holds, and not part of a word the seller typed.
    if (now.inSite[k] || kept.has(k) || !/[\p{Script=Han}\p{Co}]/u.test(typed)) continue;
    // A character that says nothing alone (到, 为) is mended only into a phrase of three or more (到计时 → 倒计时).
    const shortest = FUNCTION_CHARS.has(typed) ? 3 : 2;
    let best: { chars: string[]; covered: number } | undefined;
    for (let len = Math.min(LONGEST_MEND, out.length); len >= shortest && !best; len--) {
      for (let i = Math.max(0, k - len + 1); i <= k && i + len <= out.length; i++) {
        const open = out.slice(i, i + len).map((c, at) => i + at === k || isSpelled(c));
        const groups = out.slice(i, i + len).map((c, at) => (open[at] ? alike(c) : escapeRegExp(c)));
        if (groups.some((g) => g === '')) continue;
        const typedAt = open.flatMap((o, at) => (o ? [i + at] : []));
        for (const m of corpus.matchAll(new RegExp(groups.join(''), 'gu'))) {
          // A real two-character word (一半) becomes only a phrase the site uses on its own, not a piece of one (一般).
          if (len === 2 && isWord(out.slice(i, i + 2).join('')) && !corpus.includes(`\u0001${m[0]}\u0001`)) continue;
          const tried = [...out];
          typedAt.forEach((pos, g) => (tried[pos] = m[g + 1]!));
          const c = coverage(tried).covered;
          if (c > now.covered && (!best || c > best.covered)) best = { chars: tried, covered: c };
        }
      }
    }
    if (best) {
      out = best.chars;
      now = coverage(out);
    }
  }
  return out;
}

/**
 * Whether a mend by shape alone (any character for any other) is worth loading the sounds table for:
 * it makes a phrase of three or more characters, or of two where the character kept says something on
 * its own (品值 → 品质 may be a typo; 传几 → 的几 is chance, since 几 fits beside almost anything).
 */
export function worthSounds(chars: readonly string[], mended: readonly string[], inSite: (s: string) => boolean): boolean {
  let at = 0;
  for (const g of coverPiece(mended, inSite)) {
    const span = [...g.text];
    const typed = chars.slice(at, at + span.length);
    at += span.length;
    if (!g.site || typed.join('') === g.text) continue;
    if (span.length >= 3 || span.some((c, i) => c === typed[i] && !FUNCTION_CHARS.has(c) && !FILLER.includes(c))) return true;
  }
  return false;
}
