/**
 * Reads a seller's query into key terms (extractTerms), as a pipeline of named steps over one Reading:
 *
 *  1. normalise, colouring words dropped (物流一直不动 → 物流不动), numbers kept with their unit (48小时);
 *  2. readLatin: letters stay where the site or a seller word uses them (p图), pinyin typed in letters
 *     (仅退kuan) becomes stand-ins to be mended by sound, other letters go (`' OR 1=1 --` finds nothing);
 *  3. replaceSellerWords: seller words → the site's terms (content/search-aliases.json, glossary aliases),
 *     also with a word or two inside (钱被平台扣 → 钱被扣); filler cut out; what is left are pieces;
 *  4. readPiece, for each piece: mend wrong picks by sound (mend.ts: 举症 → 举证, 进退款 → 仅退款), read a
 *     mended piece again (it may now hold a seller word), then coverPieceTerms: cover it with the site's
 *     phrases longest-first, guess typos by shape (工单愈期 → 工单逾期), give the rest to Pagefind;
 *  5. finish: what the query asks (intents: 谁出, 多久…), whether it is a question.
 *
 * No word segmenter is needed to find the site's phrases, so the browser and the build agree; the
 * platform's segmenter only tells words the seller typed from slips of the input method. Pure.
 */
import { ALIASES, aliasKeysOf, corpusOf, gappedOf, memo, termOf } from './corpus';
import { own, type QueryTerms, type SearchData, type Sounds, type Spell } from './data';
import { coverPiece, mendSounds, typoGuesses, worthSounds } from './mend';
import { ASKING_ONLY, compact, FILLER, FUNCTION_CHARS, INNER_FILLER, normalise, NUMBER_WITH_UNIT, QUESTION, type Segmenter } from './normalise';
import { ASKING_WEIGHT, GAPPED, LEFTOVER_GUESS, MAX_PIECE, MAX_QUERY, SIBLING_WEIGHT } from './tuning';

/** Private-use characters that stand for a syllable typed in letters while a query is read (isSpelled in mend.ts). */
const SPELLED = 0xe000;

/** One query being read: what it is read against, and what has been found so far. */
interface Reading {
  data: SearchData;
  corpus: string;
  /** The corpus up to the seller words: the phrases printed on pages. */
  printed: string;
  /** Whether a text is part of a site phrase (worked out once per text). */
  inSite: (s: string) => boolean;
  segment: Segmenter;
  sounds: Sounds | undefined;
  spell: Spell | undefined;
  /** The syllables typed in letters, in the order of their stand-ins (SPELLED, SPELLED + 1…). */
  spelled: string[];
  /** How alike a typed character (or a stand-in) sounds to a site character. */
  heard: Sounds;
  known: QueryTerms['known'];
  free: string[];
  marks: string[];
  soundsWanted: boolean;
}

/** Reads a seller's sentence into the site's key terms and the words left for Pagefind. */
export function extractTerms(query: string, data: SearchData, segment: Segmenter = (t) => [t], sounds?: Sounds, spell?: Spell): QueryTerms {
  const corpus = corpusOf(data);
  const near = data.near ?? {};
  const spelled: string[] = [];
  const r: Reading = {
    data,
    corpus,
    printed: corpus.slice(0, corpus.indexOf(ALIASES)),
    inSite: memo((s) => corpus.includes(s)),
    segment,
    sounds,
    spell,
    spelled,
    heard: (a, b) => (own(near, a)?.includes(b) ? 2 : sounds ? sounds(spelledAs(spelled, a) ?? a, b) : 0),
    known: [],
    free: [],
    marks: [],
    soundsWanted: false,
  };
  query = [...query].slice(0, MAX_QUERY).join('');
  const text = INNER_FILLER.reduce((t, w) => t.split(w).join(''), normalise(query));
  const numbers = [...text.matchAll(NUMBER_WITH_UNIT)].map((m) => m[0]);
  for (const piece of replaceSellerWords(r, readLatin(r, text)).flatMap(inSlices)) readPiece(r, piece, false);
  r.free.push(...numbers);
  return finish(r, compact(query));
}

function addKnown(r: Reading, term: string, certainty: number): void {
  const same = r.known.find((k) => k.term === term);
  if (same) same.certainty = Math.max(same.certainty, certainty);
  else r.known.push({ term, certainty });
}

/** The syllable a stand-in character stands for. */
const spelledAs = (spelled: readonly string[], c: string): string | undefined => spelled[c.charCodeAt(0) - SPELLED];

/** Whether the segmenter reads a text as one word. */
function isWord(r: Reading, w: string): boolean {
  const words = r.segment(w);
  return words.length === 1 && words[0] === w;
}

/**
 * Characters of a word the segmenter finds inside a longer piece (支持 in 不支持退货) are what the seller
 * meant, not a slip of the input method; a piece that is one word (申述) may still be one.
 */
function inWords(r: Reading, chars: readonly string[]): Set<number> {
  const text = chars.join('');
  const kept = new Set<number>();
  let from = 0;
  for (const w of r.segment(text)) {
    const at = text.indexOf(w, from);
    if (at < 0) continue;
    from = at + w.length;
    const start = [...text.slice(0, at)].length;
    if ([...w].length >= 2 && w !== text) for (let i = 0; i < [...w].length; i++) kept.add(start + i);
  }
  return kept;
}

/**
 * Latin letters stay only where the site or a seller word uses them (p图, ps). Other letters may be
 * pinyin typed without picking the characters (仅退kuan): each syllable stands in as one character that
 * must sound like it (mendSounds); without the table they ask for it.
 */
function readLatin(r: Reading, text: string): string {
  const keys = aliasKeysOf(r.data);
  const keep = (w: string, at: number, all: string) =>
    own(r.data.aliases, w) !== undefined || r.inSite(`\u0001${w}\u0001`) || keys.some((k) => k.startsWith(w) && all.startsWith(k, at) && !/[a-z0-9]/.test(k.charAt(w.length)));
  return (
    text
      .replace(NUMBER_WITH_UNIT, ' ')
      .replace(/[a-z0-9]+/g, (w, at: number, all: string) => (keep(w, at, all) ? w : spellLatin(r, w)))
      // Syllables typed with spaces between them (jin tui kuan) are one word.
      .replace(/(\p{Co}) (?=\p{Co})/gu, '$1')
  );
}

function spellLatin(r: Reading, w: string): string {
  // Longer runs of letters are no pinyin a seller types for one phrase (and would cost seconds to mend).
  const pinyin = w.length <= MAX_PIECE && /^[a-z]+$/.test(w);
  const syllables = r.sounds && r.spell && pinyin ? r.spell(w) : undefined;
  if (!syllables) {
    if (!r.sounds && pinyin && w.length >= 2) r.soundsWanted = true;
    return ' ';
  }
  return syllables.map((s) => String.fromCharCode(SPELLED + r.spelled.push(s) - 1)).join('');
}

/** Seller words → the site's terms (longest first, then those with a word or two inside); filler cut out. */
function replaceSellerWords(r: Reading, text: string): string[] {
  let t = text;
  for (const key of aliasKeysOf(r.data)) if (t.includes(key)) t = takeSellerWord(r, t, key, key, 1);
  // A seller word of three or more characters with a word or two put inside it (钱被平台扣 → 钱被扣, and 平台 is read on its own).
  for (const [key, gapped] of gappedOf(r.data)) {
    const m = gapped.exec(t);
    if (m) t = takeSellerWord(r, t, key, m[0], GAPPED, m.slice(1).join(' '));
  }
  for (const f of FILLER) t = t.split(f).join(' ');
  return t.split(/\s+/).filter(Boolean);
}

/** Takes what the seller said for a seller word out of the text, keeping the words put inside it. */
function takeSellerWord(r: Reading, t: string, key: string, said: string, certainty: number, inside = ''): string {
  const term = termOf(r.data, key);
  r.marks.push(said);
  addKnown(r, term, certainty);
  // The seller's own word counts too where the site uses it (自动退款 is also said of a refund after the countdown).
  if (r.printed.includes(key)) addKnown(r, key, certainty);
  // So, a little, do the other words for the same thing that the site prints (工单超时 → 工单逾期).
  const siblings = aliasKeysOf(r.data).filter((k) => k !== key && r.data.aliases[k] === term && [...k].length >= 2 && r.printed.includes(`\u0001${k}`));
  for (const k of siblings) addKnown(r, k, (SIBLING_WEIGHT * certainty) / siblings.length);
  return t.split(said).join(` ${inside} `);
}

/** A piece longer than any phrase a seller types (a pasted message, a key held down) is read in slices: mending costs more than its length squared. */
function inSlices(piece: string): string[] {
  const cs = [...piece];
  return Array.from({ length: Math.ceil(cs.length / MAX_PIECE) }, (_, i) => cs.slice(i * MAX_PIECE, (i + 1) * MAX_PIECE).join(''));
}

/** One piece: mended by sound (unless it is a mended piece read again), then covered with the site's phrases. */
function readPiece(r: Reading, piece: string, mendedAlready: boolean): void {
  const chars = mendedAlready ? [...piece] : mendSounds([...piece], r.inSite, r.corpus, r.heard, (w) => isWord(r, w), inWords(r, [...piece]));
  // Syllables that spelled nothing the site uses are dropped.
  if (chars.some((c) => spelledAs(r.spelled, c))) {
    const rest = chars.map((c) => (spelledAs(r.spelled, c) ? ' ' : c)).join('');
    for (const p of rest.split(' ').filter(Boolean)) readPiece(r, p, false);
    return;
  }
  if (!r.sounds && !r.soundsWanted) r.soundsWanted = wantsSounds(r, chars);
  // A mended piece is read again: it may now hold a seller word (运废险 → 运费险).
  const mended = chars.join('');
  if (!mendedAlready && mended !== piece) {
    r.marks.push(piece);
    for (const p of replaceSellerWords(r, mended)) readPiece(r, p, true);
    return;
  }
  coverPieceTerms(r, chars);
}

/**
 * Read without the sounds, a piece with a character no site phrase covers asks for them: only when a
 * same-shaped mend, whatever its sound, could be a typo (worthSounds), or nothing of the piece is a site
 * phrase (举症). A sentence with an everyday word the site never uses does not load the table.
 */
function wantsSounds(r: Reading, chars: readonly string[]): boolean {
  const anyShape: Sounds = (a) => (FUNCTION_CHARS.has(a) ? 0 : 2);
  return (
    worthSounds(chars, mendSounds(chars, r.inSite, r.corpus, anyShape, (w) => isWord(r, w), inWords(r, chars)), r.inSite) ||
    (chars.length >= 2 && coverPiece(chars, r.inSite).every((g) => !g.site))
  );
}

/** The site phrases of a piece, typo guesses for what they leave, and the other words for Pagefind. */
function coverPieceTerms(r: Reading, chars: readonly string[]): void {
  const segments = coverPiece(chars, r.inSite);
  const covered = segments.reduce((sum, g) => sum + (g.site ? g.text.length : 0), 0);
  const piece = chars.join('');
  // A piece mostly unknown to the site may be a typo of a phrase the site uses (工单愈期 → 工单逾期).
  if (chars.length >= 3 && covered * 3 < chars.length * 2) {
    const guesses = typoGuesses(piece, r.corpus, r.sounds);
    if (guesses.length > 0) {
      for (const g of guesses) addKnown(r, g.term, g.certainty);
      return;
    }
  }
  // A lone character beside site phrases may be what is left of a longer one (平介入 → 平台介入, 打包频 → 打包视频).
  if (segments.some((g) => !g.site && [...g.text].length === 1 && !FUNCTION_CHARS.has(g.text) && /\p{Script=Han}/u.test(g.text))) {
    for (const g of typoGuesses(piece, r.corpus, r.sounds)) if (g.term.length > piece.length) addKnown(r, g.term, g.certainty);
  }
  for (const g of segments) {
    if (g.site) addKnown(r, g.text, 1);
    else if ([...g.text].length >= 2) {
      const guesses = typoGuesses(g.text, r.corpus, r.sounds, LEFTOVER_GUESS);
      if (guesses.length > 0) for (const w of guesses) addKnown(r, w.term, w.certainty);
      else r.free.push(...freeWords(r, g.text));
    }
  }
}

/**
 * Words the site's phrases do not know go to Pagefind one by one (图片最多几张 → 图片, 最多). Where the
 * segmenter finds no word, the first two content characters are the likeliest one (吊牌被摘 → 吊牌);
 * single characters would only cost downloads.
 */
function freeWords(r: Reading, text: string): string[] {
  const words = r.segment(text).filter((w) => [...w].length >= 2 && !FILLER.includes(w));
  if (words.length > 0) return words;
  const cs = [...text];
  const at = cs.findIndex((c, k) => k + 1 < cs.length && !FUNCTION_CHARS.has(c) && !FUNCTION_CHARS.has(cs[k + 1]!));
  return at >= 0 ? [cs.slice(at, at + 2).join('')] : [];
}

/** The terms found, with what the query asks (read from the whole query, before question words were cut out). */
function finish(r: Reading, asked: string): QueryTerms {
  const { known, data } = r;
  // A term that only asks (多久, 多少) says what kind of answer is wanted, not what it is about: the
  // intents carry that, and the topic (申诉 in 申诉要多久) must outweigh it.
  for (const k of known) if (ASKING_ONLY.test(k.term)) k.certainty *= ASKING_WEIGHT;
  const words = [...known.map((k) => k.term), ...r.free];
  const intents = (data.intents ?? []).filter((i) => new RegExp(i.ask, 'u').test(asked)).map((i) => i.id);
  const out: QueryTerms = { known, free: [...new Set(r.free)], marks: [...new Set([...words, ...r.marks])] };
  if (intents.length > 0 && known.length + out.free.length > 0) out.intents = intents;
  if (r.soundsWanted) out.soundsWanted = true;
  if (QUESTION.test(asked) && known.length + out.free.length > 0) out.question = true;
  return out;
}
