/**
 * Property tests (fast-check) for the pure modules: for any input, not only the examples we thought of.
 * Every property runs with a fixed seed, so a failure replays exactly; fast-check prints the seed and the
 * shrunk counterexample. Set FC_SEED to explore other inputs: `FC_SEED=123 npx vitest run --project unit tests/unit/properties.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content-files';
import { ANSWERS_PARAM, createFlow, decodeAnswers, encodeAnswers, hrefFor, walk, type Step } from '../../src/lib/flow';
import { splitFactRefs } from '../../src/lib/facts';
import { bestBets, buildAliasMap, expandQuery, mergeResults, normalise, type BestBet } from '../../src/lib/search';

const seed = Number(process.env.FC_SEED ?? 20261126);
const params = { seed, numRuns: 100 };
console.info(`fast-check seed ${seed}`);

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });

/** A real path: from the start, pick an option by index at each question until an outcome. */
const realPath = fc.array(fc.nat(), { minLength: 40, maxLength: 40 }).map((picks) => {
  const path: Step[] = [];
  let id = flow.start;
  for (const pick of picks) {
    const q = flow.question(id);
    if (!q) break;
    const option = q.options[pick % q.options.length]!;
    path.push({ question: id, option: option.id });
    id = option.next;
  }
  return { path, end: id };
});

/** Strings made mostly of the characters the answers parameter is built from, so parsing goes deep. */
const answerish = fc.string({ unit: fc.constantFrom('a', 'b', 'z', '0', '-', '.', '~', ' ', 'Ａ', '%', ...content.questions.slice(0, 3).map((q) => q.id)), maxLength: 60 });
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), answerish);

describe('answers in the URL', () => {
  it('encode then decode returns the same path and node, for every path through the real self-check', () => {
    fc.assert(
      fc.property(realPath, ({ path, end }) => {
        const decoded = decodeAnswers(flow, encodeAnswers(path), end);
        expect(decoded).toEqual({ ok: true, path, at: flow.node(end) });
        // The address of the node carries exactly these answers.
        const href = hrefFor(flow, flow.node(end)!, path);
        const param = new URL(href, 'https://x.invalid').searchParams.get(ANSWERS_PARAM);
        expect(decodeAnswers(flow, param, end)).toEqual(decoded);
      }),
      params,
    );
  });

  it('decode never throws on any string, and on failure keeps a valid prefix of the answers', () => {
    fc.assert(
      fc.property(anyString, fc.option(fc.oneof(fc.string(), fc.constantFrom(...flow.outcomeIds))), (raw, expected) => {
        const result = decodeAnswers(flow, raw, expected ?? undefined);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        // Whatever was kept replays cleanly from the start to where the result says it is (without
        // answers, a page is simply itself).
        const replay = walk(flow, result.path);
        expect(replay.ok).toBe(true);
        if (result.path.length > 0) expect(replay.at).toEqual(result.at);
        if (result.ok && expected) expect(result.at.id).toBe(expected);
      }),
      params,
    );
  });

  it('walk never throws on arbitrary steps', () => {
    const id = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...content.questions.map((q) => q.id)));
    fc.assert(
      fc.property(fc.array(fc.record({ question: id, option: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('yes', 'no', 'unsure')) }), { maxLength: 50 }), (steps) => {
        const result = walk(flow, steps);
        expect(result.path.length).toBeLessThanOrEqual(steps.length);
        expect(result.path).toEqual(steps.slice(0, result.path.length).map(({ question, option }) => ({ question, option })));
      }),
      params,
    );
  });
});

describe('fact citations in data text', () => {
  const textish = fc.string({ unit: fc.constantFrom('{', '}', 'a', 'b', '-', '0', ' ', '中', 'Z'), maxLength: 40 });
  it('splitFactRefs joins back to its input, with no empty or adjacent word parts', () => {
    fc.assert(
      fc.property(fc.oneof(textish, fc.string()), (text) => {
        const parts = splitFactRefs(text);
        expect(parts.map((p) => ('text' in p ? p.text : `{{${p.factId}}}`)).join('')).toBe(text);
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
  const realAliases = buildAliasMap([...content.glossary, ...content.aliases]);
  const sellerWords = [...Object.keys(realAliases).slice(0, 30), '怎么办', '的', '拼多多', '？', ' ', '退货', 'Ａ'];
  const query = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...sellerWords), maxLength: 6 }));
  const aliasMap = fc.dictionary(fc.string({ unit: fc.constantFrom('退', '货', '款', '包', 'a'), minLength: 1, maxLength: 4 }), fc.string({ minLength: 1, maxLength: 4 }));

  it('query expansion never loses the query as typed: it always comes first', () => {
    fc.assert(
      fc.property(query, fc.oneof(fc.constant(realAliases), aliasMap), (q, aliases) => {
        const variants = expandQuery(q, aliases);
        const typed = normalise(q);
        if (typed === '') expect(variants).toEqual([]);
        else expect(variants[0]).toBe(typed);
        expect(new Set(variants).size).toBe(variants.length);
        expect(variants.every((v) => v.length > 0)).toBe(true);
      }),
      params,
    );
  });

  it('merged results keep every id once, in first-seen order', () => {
    const list = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e') }), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(list, { maxLength: 4 }), (lists) => {
        const firstSeen = [...new Set(lists.flat().map((r) => r.id))];
        expect(mergeResults(lists).map((r) => r.id)).toEqual(firstSeen);
      }),
      params,
    );
  });

  it('best bets: at most `limit` pages, each once, each phrase found in the query', () => {
    const phrase = fc.string({ unit: fc.constantFrom('没', '收', '到', '货', '空', '包'), minLength: 1, maxLength: 4 });
    const bet = fc.record({ phrase, path: fc.constantFrom('/a/', '/b/', '/c/') }).map((b): BestBet => ({ ...b, title: b.path, section: 's', description: 'd' }));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('没', '收', '到', '货', '空', '包', ' '), maxLength: 12 }), fc.array(bet, { maxLength: 8 }), fc.integer({ min: 1, max: 3 }), (q, bets, limit) => {
        const found = bestBets(q, bets, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        expect(new Set(found.map((b) => b.path)).size).toBe(found.length);
        const compact = normalise(q).replace(/\s+/g, '');
        for (const b of found) expect(compact).toContain(b.phrase);
        for (let i = 1; i < found.length; i++) expect(found[i - 1]!.phrase.length).toBeGreaterThanOrEqual(found[i]!.phrase.length);
      }),
      params,
    );
  });
});
