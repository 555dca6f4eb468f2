/** Every seller story in tests/check-stories.tsv, walked through the engine: the verdict class and what the page must say. */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { stories } from '../support/check-stories';
import { createFlow, walk } from '~/lib/self-check/flow';
import { deadlineLine, nowSteps, strengthOf } from '~/lib/self-check/advice';
import { verdictSchema } from '../../src/schemas';

const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));

describe('seller stories', () => {
  it('there are at least forty, each with a known verdict class and a unique id', () => {
    expect(stories.length).toBeGreaterThanOrEqual(40);
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
    for (const s of stories) {
      expect(verdictSchema.safeParse(s.verdict).success, s.id).toBe(true);
      expect(s.story.length, s.id).toBeGreaterThan(5);
      expect(s.mention, s.id).not.toBe('');
    }
    // Every verdict class is covered.
    expect(new Set(stories.map((s) => s.verdict))).toEqual(new Set(verdictSchema.options));
    // No story is a FAQ question copied.
    const faq = new Set(content.faq.flatMap((f) => [f.question, ...f.asked]));
    for (const s of stories) expect(faq.has(s.story), s.id).toBe(false);
  });

  it.for(stories.map((s) => [s.id, s] as const))('%s', ([, s]) => {
    const result = walk(flow, s.answers);
    expect(result.ok, `${s.story}: ${result.ok ? '' : result.message}`).toBe(true);
    expect(result.at.kind, s.story).toBe('outcome');
    const o = outcomes.get(result.at.id)!;
    expect(o.verdict, `${s.story} → ${o.id}`).toBe(s.verdict);
    const text = [o.title, o.summary, ...o.reasons, deadlineLine(o, result.stage) ?? '', ...nowSteps(o, result.stage), strengthOf(o, result.stage)].join('\n');
    expect(text, `${s.story} → ${o.id}@${result.stage ?? '-'}`).toContain(s.mention);
  });
});
