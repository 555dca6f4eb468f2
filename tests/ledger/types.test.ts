/** What the ledger page knows of each dispute type, built from the real content: names, items, next steps. */
import { describe, expect, it } from 'vitest';
import { buildLedgerTypes } from '~/lib/ledger/types';
import { buildCatalog } from '~/lib/checklist/catalog';
import { nowSteps } from '~/lib/self-check/advice';
import { factTextPlain } from '~/lib/content/facts';
import { content } from '../support/content-files';

describe('ledger types', () => {
  const facts = new Map(content.facts.map((f) => [f.id, f]));
  const catalog = buildCatalog({
    evidence: content.evidence,
    outcomes: content.outcomes,
    scenarios: content.scenarios.map((s) => ({ id: s.id, title: s.data.title, required: s.data.evidenceRequired, helpful: s.data.evidenceHelpful })),
    facts,
  });
  const names = new Map(content.scenarios.map((s) => [s.id, s.data.navTitle ?? s.data.title]));
  const types = buildLedgerTypes(catalog, content.outcomes, names, facts);

  it('has every checklist type, with its items and the short scenario name', () => {
    expect(Object.keys(types).sort()).toEqual(catalog.types.map((t) => `${t.kind}:${t.id}`).sort());
    const quality = types['scenario:quality']!;
    expect(quality.title).toBe(names.get('quality'));
    expect(quality.items.length).toBeGreaterThan(0);
    expect(quality.next).toBeUndefined();
  });

  it('gives a self-check result its first step per stage, facts written out, no placeholder left', () => {
    const outcome = content.outcomes.find((o) => types[`outcome:${o.id}`])!;
    const t = types[`outcome:${outcome.id}`]!;
    expect(t.next?.['']).toBe(factTextPlain(nowSteps(outcome, undefined)[0]!, facts));
    const step = nowSteps(outcome, 'intervention')[0];
    expect(t.next?.intervention ?? t.next?.['']).toBe(factTextPlain(step!, facts));
    for (const x of Object.values(types)) for (const s of Object.values(x.next ?? {})) expect(s).not.toMatch(/\{\{|\}\}/);
  });
});
