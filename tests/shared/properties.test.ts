/**
 * Property tests (fast-check) for the pure modules: for any input, not only the examples we thought of.
 * Every property runs with a fixed seed, so a failure replays exactly; fast-check prints the seed and the
 * shrunk counterexample. Set FC_SEED to explore other inputs: `FC_SEED=123 npx vitest run --project unit tests/shared/properties.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { ANSWERS_PARAM, createFlow, decodeAnswers, encodeAnswers, hrefFor, walk, type Position, type Step } from '~/lib/self-check/flow';
import { splitFactRefs } from '~/lib/content/facts';
import { extractTerms } from '~/lib/search/query';
import { normalise } from '~/lib/search/normalise';
import { rank } from '~/lib/search/rank';
import { WEIGHT } from '~/lib/search/tuning';
import { STAGE_IDS } from '~/lib/shared/stages';
import { searchData } from '../support/search-sites';

const seed = Number(process.env.FC_SEED ?? 20261126);
const params = { seed, numRuns: 100 };
console.info(`fast-check seed ${seed}`);

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });

/** A real path: from the start, pick an offered option by index at each question until an outcome. */
const realPath = fc.array(fc.nat(), { minLength: 40, maxLength: 40 }).map((picks) => {
  const path: Step[] = [];
  let pos: Position = { at: { kind: 'question', id: flow.start }, stage: undefined };
  for (const pick of picks) {
    const q = pos.at.kind === 'question' ? flow.question(pos.at.id) : undefined;
    if (!q) break;
    const options = flow.optionsFor(q, pos.stage);
    const option = options[pick % options.length]!;
    path.push({ question: q.id, option: option.id });
    pos = flow.next(q.id, option.id, pos.stage)!;
  }
  return { path, end: pos };
});

/** Strings made mostly of the characters the answers parameter is built from, so parsing goes deep. */
const answerish = fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '-', '.', '~', ' ', 'Ａ', '%', ...content.questions.slice(0, 3).map((q) => q.id)), maxLength: 60 });
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), answerish);
const anyStage = fc.constantFrom(undefined, ...STAGE_IDS);

describe('answers in the URL', () => {
  it('encode then decode returns the same path, node and stage, for every path through the real self-check', () => {
    fc.assert(
      fc.property(realPath, ({ path, end }) => {
        expect(end.at.kind).toBe('outcome');
        const page = { node: end.at.id, stage: end.stage };
        const decoded = decodeAnswers(flow, encodeAnswers(path), page);
        expect(decoded).toEqual({ ok: true, path, ...end });
        // The address of the node carries exactly these answers.
        const href = hrefFor(flow, end, path);
        const param = new URL(href, 'https://x.invalid').searchParams.get(ANSWERS_PARAM);
        expect(decodeAnswers(flow, param, page)).toEqual(decoded);
      }),
      params,
    );
  });

  it('decode never throws on any string, and on failure keeps a valid prefix of the answers', () => {
    const node = fc.oneof(fc.string(), fc.constantFrom(...flow.outcomeIds, ...content.questions.map((q) => q.id)));
    fc.assert(
      fc.property(anyString, fc.option(fc.record({ node, stage: anyStage })), (raw, expected) => {
        const result = decodeAnswers(flow, raw, expected ?? undefined);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        // Whatever was kept replays cleanly from the start to where the result says it is (without
        // answers, a page is simply itself).
        const replay = walk(flow, result.path);
        expect(replay.ok).toBe(true);
        if (result.path.length > 0) expect({ at: replay.at, stage: replay.stage }).toEqual({ at: result.at, stage: result.stage });
        if (result.ok && expected) expect({ node: result.at.id, stage: result.stage }).toEqual(expected);
      }),
      params,
    );
  });

  it('walk never throws on arbitrary steps', () => {
    const id = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...content.questions.map((q) => q.id)));
    const optionIds = [...new Set(content.questions.flatMap((q) => q.options.map((o) => o.id)))];
    fc.assert(
      fc.property(fc.array(fc.record({ question: id, option: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...optionIds)) }), { maxLength: 50 }), (steps) => {
        const result = walk(flow, steps);
        expect(result.path.length).toBeLessThanOrEqual(steps.length);
        expect(result.path).toEqual(steps.slice(0, result.path.length).map(({ question, option }) => ({ question, option })));
      }),
      params,
    );
  });
});

describe('fact citations in data text', () => {
  const textish = fc.string({ unit: fc.constantFrom('{', '}', 'a', 'b', '-', '0', ' ', '中', 'Z', ':', ':claim', 'claim'), maxLength: 40 });
  it('splitFactRefs joins back to its input, with no empty or adjacent word parts', () => {
    fc.assert(
      fc.property(fc.oneof(textish, fc.string()), (text) => {
        const parts = splitFactRefs(text);
        expect(parts.map((p) => ('text' in p ? p.text : `{{${p.factId}${p.claim ? ':claim' : ''}}}`)).join('')).toBe(text);
        parts.forEach((p, i) => {
          if ('text' in p) {
            expect(p.text).not.toBe('');
            expect(parts[i + 1] && 'text' in parts[i + 1]!).toBeFalsy();
          } else expect(p.factId).toMatch(/^[a-z0-9-]+$/);
        });
      }),
      params,
    );
  });
});

describe('search', () => {
  const sources = [...content.glossary, ...content.aliases];
  const { aliases: realAliases } = searchData([], sources);
  const sellerWords = [...Object.keys(realAliases).slice(0, 30), '怎么办', '的', '拼多多', '？', ' ', '退货', 'Ａ', '48小时'];
  const query = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...sellerWords), maxLength: 6 }));
  const sitePhrases = fc.array(fc.string({ unit: fc.constantFrom('退', '货', '款', '包', '没', '收', '到'), minLength: 2, maxLength: 5 }), { maxLength: 6 });
  const siteOf = (phrases: string[]) =>
    searchData(
      phrases.map((text, i) => ({ u: `/p${i % 3}/`, t: text, section: i % 2 ? '指南' : '自测结果', fields: [{ text, weight: WEIGHT.keyword }] })),
      sources,
    );

  it('reading a query keeps the seller words as typed: every marked seller word and free word is a piece of the query', () => {
    fc.assert(
      fc.property(query, sitePhrases, (q, phrases) => {
        const data = siteOf(phrases);
        const t = extractTerms(q, data);
        const typed = normalise(q);
        const terms = t.known.map((k) => k.term);
        expect(new Set(terms).size).toBe(terms.length);
        for (const k of t.known) {
          expect(k.term.length).toBeGreaterThan(0);
          expect(k.certainty).toBeGreaterThan(0);
          expect(k.certainty).toBeLessThanOrEqual(1);
        }
        for (const w of t.free) expect(typed).toContain(w);
        // Marks are the key terms, the free words and the seller's own words for them, as typed.
        for (const m of t.marks) if (!terms.includes(m)) expect(typed).toContain(m);
        if (typed === '') expect(t).toEqual({ known: [], free: [], marks: [] });
      }),
      params,
    );
  });

  it('the longest seller word is read first: a seller word inside a longer one is never read on its own', () => {
    const keys = Object.keys(realAliases);
    const nested = keys.flatMap((long) => keys.filter((short) => short !== long && long.includes(short)).map((short) => [long, short] as const));
    expect(nested.length).toBeGreaterThan(0);
    const data = searchData([], sources);
    for (const [long, short] of nested) {
      const t = extractTerms(long, data);
      expect(t.marks, long).toContain(long);
      expect(t.marks, long).not.toContain(short);
    }
  });

  it('ranking lists every page at most once, best first, and every page Pagefind names', () => {
    const hashes = ['0_a1', '1_a1', '2_a1', '9_a1', 'hx'];
    fc.assert(
      fc.property(query, sitePhrases, fc.array(fc.array(fc.constantFrom(...hashes), { maxLength: 4 }), { maxLength: 3 }), (q, phrases, lists) => {
        const data = siteOf(phrases);
        const n = data.docs.length;
        const ranked = rank(extractTerms(q, data), data, lists);
        expect(new Set(ranked.map((r) => r.doc)).size).toBe(ranked.length);
        for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        const named = new Set(lists.flat().flatMap((h) => (/^\d_/.test(h) && Number(h[0]) < n ? [Number(h[0])] : [])));
        for (const doc of named) expect(ranked.map((r) => r.doc)).toContain(doc);
      }),
      params,
    );
  });
});
