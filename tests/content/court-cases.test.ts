/** The court-case library (content/court-cases.json): schema, ids, and every id the pages cite exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../content/court-cases.json';
import { courtCasesSchema } from '../../src/schemas';
import { content } from '../support/content-files';
import { numbersOutsideFacts } from '~/lib/content/integrity';

const cited = (dir: string) =>
  readdirSync(new URL(`../../content/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => [...readFileSync(new URL(`../../content/${dir}/${f}`, import.meta.url), 'utf8').matchAll(/<CourtCase\s+id="([^"]+)"/g)].map((m) => m[1]!));

describe('court-case library', () => {
  it('matches its schema, with unique ids and fact rows that exist', () => {
    const cases = courtCasesSchema.parse(raw);
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const facts = new Set(content.facts.map((f) => f.id));
    for (const c of cases) {
      expect(facts.has(c.fact), c.id).toBe(true);
      for (const t of [c.facts, c.outcome, c.sellerGot, c.sellerDidNotGet, c.lesson]) expect(numbersOutsideFacts(t), c.id).toEqual([]);
    }
  });
  it('every case a page cites exists, and every case is cited', () => {
    const ids = new Set(courtCasesSchema.parse(raw).map((c) => c.id));
    const used = [...cited('guide'), ...cited('scenarios')];
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !used.includes(id))).toEqual([]);
  });
  it('rejects a case without a source or with an unknown confidence', () => {
    const one = courtCasesSchema.parse(raw)[0]!;
    expect(courtCasesSchema.safeParse([{ ...one, sources: [] }]).success).toBe(false);
    expect(courtCasesSchema.safeParse([{ ...one, confidence: 'certain' }]).success).toBe(false);
  });
});
