/**
 * Survivors of the mutation run in the small data modules (site, channels, timeline, verdicts, stages,
 * inline scripts): each list is checked against what uses it, so an emptied label or a wrong flag fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { SITE_NAME, SITE_REVIEWED, inReadingOrder, neighbours, sections } from '~/lib/shared/site';
import { channelLinks } from '~/lib/self-check/channels';
import { CHANNELS } from '~/lib/content/integrity';
import { timelineSteps } from '~/lib/content/timeline';
import { verdictLabel } from '~/lib/self-check/verdicts';
import { STAGES, STAGE_IDS, isStageId, stageById } from '~/lib/shared/stages';
import { verdictSchema } from '../../src/schemas';
// @ts-ignore plain ESM module shared with astro.config.mjs
import { INLINE_SCRIPTS, MARK_CHECKLIST_JS } from '~/integrations/inline-scripts.mjs';

const e = (id: string, order: number) => ({ id, data: { order, title: id } });
const distinctWords = (labels: readonly unknown[]) =>
  labels.every((l) => typeof l === 'string' && l.trim().length >= 2) && new Set(labels).size === labels.length;

describe('site', () => {
  it('names itself and dates its review', () => {
    expect(SITE_NAME).toBe('售后介入指南');
    expect(SITE_REVIEWED).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(distinctWords(Object.values(sections).map((s) => s.label))).toBe(true);
  });
  it('reading order follows `order` first, ids only break ties', () => {
    expect(inReadingOrder([e('z', 1), e('a', 2)]).map((x) => x.id)).toEqual(['z', 'a']);
  });
  it('the first entry has a next one', () => {
    expect(neighbours([e('a', 1), e('b', 2)], 'a')).toEqual({ next: e('b', 2) });
  });
});

describe('channels', () => {
  const alternatives = content.guide.find((p) => p.id === 'alternatives')?.body ?? '';

  it('every channel links to a heading of the alternatives chapter, with its own label', () => {
    const links = channelLinks(CHANNELS);
    expect(links.map((l) => l.href)).toEqual(CHANNELS.map((c) => `/guide/alternatives/#${c}`));
    for (const c of CHANNELS) expect(alternatives, c).toContain(`id="${c}"`);
    expect(distinctWords(links.map((l) => l.label))).toBe(true);
    expect(links[0]?.label).toBe('和买家协商');
  });
  it('unknown channel ids are dropped, order kept', () => {
    expect(channelLinks(['police', 'nope', 'settle']).map((l) => l.href)).toEqual([
      '/guide/alternatives/#police',
      '/guide/alternatives/#settle',
    ]);
  });
});

describe('timeline', () => {
  const factIds = new Set(content.facts.map((f) => f.id));
  it('runs from the buyer asking to the platform deciding, each limit a real fact', () => {
    const steps = timelineSteps();
    expect(steps.map((s) => s.actor)).toEqual(['买家', '商家', '买家', '商家', '平台']);
    expect(distinctWords(steps.map((s) => s.action))).toBe(true);
    expect(steps[0]?.factId).toBeUndefined();
    for (const s of steps.slice(1)) expect(factIds.has(s.factId ?? ''), s.action).toBe(true);
  });
});

describe('verdicts', () => {
  it('every verdict has its own label', () => {
    expect(distinctWords(verdictSchema.options.map((v) => verdictLabel[v]))).toBe(true);
  });
});

describe('stages', () => {
  it('one entry per stage id, in order, each with its own words', () => {
    expect(STAGES.map((s) => s.id)).toEqual([...STAGE_IDS]);
    expect(distinctWords(STAGES.map((s) => s.label))).toBe(true);
  });
  it('only intervention is in intervention; only decided and expired are closed', () => {
    expect(STAGES.filter((s) => s.inIntervention).map((s) => s.id)).toEqual(['intervention']);
    expect(STAGES.filter((s) => s.closed).map((s) => s.id)).toEqual(['decided', 'expired']);
  });
  it('looks stages up by id, and nothing else', () => {
    expect(stageById('expired')?.closed).toBe(true);
    for (const bad of [null, undefined, '', 'nope', 'toString']) expect(stageById(bad)).toBeUndefined();
    expect(isStageId('applied')).toBe(true);
    for (const bad of [null, 3, 'nope', 'constructor']) expect(isStageId(bad)).toBe(false);
  });
});

describe('inline scripts', () => {
  it('the checklist marker adds the class the stylesheet keys on, and is in the hashed list', () => {
    const classes = new Set<string>();
    new Function('document', MARK_CHECKLIST_JS)({ documentElement: { classList: { add: (c: string) => classes.add(c) } } });
    expect([...classes]).toEqual(['js-checklist']);
    expect(readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8')).toContain('.js-checklist ');
    expect(INLINE_SCRIPTS).toEqual([MARK_CHECKLIST_JS]);
  });
});
