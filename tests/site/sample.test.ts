/** The sample the browser checks visit: it covers every page kind, and FULL_SWEEP widens it to all. */
import { describe, expect, it } from 'vitest';
import { FULL_SWEEP, TEMPLATES, builtPages, onePerKind, samplePages, templateOf } from '../support/site-pages';

describe('the browser sample', () => {
  const all = builtPages();
  it('keeps every hand-written page and three pages of each template', () => {
    const sample = samplePages(all);
    for (const p of all) if (templateOf(p) === undefined) expect(sample, p).toContain(p);
    for (const t of TEMPLATES) {
      const n = sample.filter((p) => templateOf(p) === t.name).length;
      const inTemplate = all.filter((p) => templateOf(p) === t.name).length;
      if (FULL_SWEEP) expect(n, t.name).toBe(inTemplate);
      else {
        expect(n, t.name).toBeGreaterThanOrEqual(Math.min(2, inTemplate));
        expect(n, t.name).toBeLessThanOrEqual(3);
      }
    }
  });
  it('is the whole site only when asked for (npm run test:full)', () => {
    if (FULL_SWEEP) expect(samplePages(all)).toEqual(all);
    else expect(samplePages(all).length).toBeLessThan(all.length / 2);
    if (!FULL_SWEEP) expect(onePerKind(all).length).toBeLessThan(30);
    for (const t of TEMPLATES) expect(onePerKind(all).some((p) => templateOf(p) === t.name), t.name).toBe(true);
  });
});
