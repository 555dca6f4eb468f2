/** Route data: which page a path is, and the facts it cites in the order the page prints them. */
import { describe, expect, it } from 'vitest';
import { content } from '../support/content-files';
import { citedFacts, routeOf, routeTexts, type RouteContent } from '~/lib/content/routes';
import { resultPages, resultSections } from '~/lib/self-check/advice';
import { createFlow } from '~/lib/self-check/flow';
import { RULE_CHANGES } from '~/lib/content/changes';
import { factIdsIn, factIdsInText } from '~/lib/content/facts';

describe('routeOf', () => {
  it.for([
    ['/guide/evidence/', { kind: 'guide', id: 'evidence' }],
    ['/guide/evidence', { kind: 'guide', id: 'evidence' }],
    ['/scenarios/empty-parcel/', { kind: 'scenario', id: 'empty-parcel' }],
    ['/faq/', { kind: 'faq', id: undefined }],
    ['/faq/appeal-failed/', { kind: 'faq', id: 'appeal-failed' }],
    ['/check/result/apply-empty-parcel/', { kind: 'result', outcome: 'apply-empty-parcel', stage: undefined }],
    ['/check/result/apply-empty-parcel/intervention/', { kind: 'result', outcome: 'apply-empty-parcel', stage: 'intervention' }],
    ['/tools/countdown/', { kind: 'tool', tool: 'countdown' }],
    ['/glossary/', { kind: 'glossary' }],
    ['/changes/', { kind: 'changes' }],
  ] as const)('%s', ([path, route]) => {
    expect(routeOf(path)).toEqual(route);
  });
  it.for(['/', '/guide/', '/scenarios/', '/check/', '/check/applied/type/', '/check/result/x/nowhere/', '/tools/', '/tools/constructor/', '/tools/__proto__/', '/guide/a/b/', '/search/'])(
    '%s cites nothing of its own',
    (path) => expect(routeOf(path)).toEqual({ kind: 'other' }),
  );
});

describe('routeTexts on the real content', () => {
  const flow = createFlow({ questions: content.questions, outcomeIds: content.outcomes.map((o) => o.id) });
  const outcomes = new Map(content.outcomes.map((o) => [o.id, o]));
  const reached = new Set(resultPages(flow).map((p) => `${p.outcome}/${p.stage ?? ''}`));
  const data: RouteContent = {
    guideBody: (id) => content.guide.find((g) => g.id === id)?.body,
    scenario: (id) => {
      const s = content.scenarios.find((x) => x.id === id);
      return s && { body: s.body, outcomes: s.data.outcomes };
    },
    outcome: (id) => outcomes.get(id),
    reached: (o, stage) => reached.has(`${o}/${stage ?? ''}`),
    faq: content.faq,
    glossaryDefinitions: content.glossary.map((g) => g.definition),
    changes: RULE_CHANGES,
  };

  it('a result page cites its 现在就做 first (the deadline, then the actions), then 为什么, the stage rules and the other rules', () => {
    for (const page of resultPages(flow)) {
      const o = outcomes.get(page.outcome)!;
      const sections = resultSections(o, page.stage, true);
      const path = `/check/result/${o.id}/${page.stage ? `${page.stage}/` : ''}`;
      const cited = citedFacts(path, data);
      const expected = [...new Set([...factIdsInText(sections.deadline ?? '', ...sections.now, ...o.reasons), ...sections.stageRules, ...sections.otherRules])];
      expect(cited, path).toEqual(expected);
    }
  });
  it('a result the self-check does not reach prints no 现在就做, so its facts are not numbered', () => {
    const o = content.outcomes.find((x) => x.steps.length > 0)!;
    const texts = (reachedHere: boolean) => routeTexts({ kind: 'result', outcome: o.id, stage: undefined }, { ...data, reached: () => reachedHere });
    expect(texts(true).slice(0, o.steps.length)).toEqual(o.steps.slice(0, o.steps.length));
    expect(texts(false)).not.toContain(o.steps[0]);
    expect(resultSections(o, undefined, false).now).toEqual([]);
  });
  it('a guide chapter cites what its body cites; an unknown chapter or outcome cites nothing', () => {
    const g = content.guide.find((x) => factIdsIn(x.body).length > 0)!;
    expect(citedFacts(`/guide/${g.id}/`, data)).toEqual(factIdsIn(g.body));
    expect(citedFacts('/guide/no-such-page/', data)).toEqual([]);
    expect(citedFacts('/check/result/no-such-outcome/', data)).toEqual([]);
  });
  it('a FAQ question cites its answer and its listed facts; /faq/, a list of questions without answers, cites none', () => {
    const f = content.faq.find((x) => factIdsInText(x.answer).length > 0)!;
    const one = citedFacts(`/faq/${f.id}/`, data);
    expect(one).toEqual(factIdsInText(f.answer, ...f.facts.map((id) => `{{${id}:claim}}`)));
    expect(one.length).toBeGreaterThan(0);
    expect(citedFacts('/faq/', data)).toEqual([]);
  });
  it('a scenario cites its body, then the summaries of its outcomes; a tool and /changes/ their own lists', () => {
    const s = content.scenarios[0]!;
    expect(citedFacts(`/scenarios/${s.id}/`, data).slice(0, factIdsIn(s.body).length)).toEqual(factIdsIn(s.body));
    expect(citedFacts('/tools/countdown/', data).length).toBeGreaterThan(0);
    expect(citedFacts('/changes/', data)).toEqual([...new Set(RULE_CHANGES.flatMap((c) => c.facts))]);
  });
});

describe('routeOf, addresses that only look like a page', () => {
  it.for([
    '/faq/a/b/', '/glossary/x/', '/changes/x/', '/tools/collage/x/', '/scenarios/', '/guide/result/x/', '/checks/result/x/', '/faqs/', '/tool/countdown/',
  ])('%s cites nothing of its own', (path) => expect(routeOf(path)).toEqual({ kind: 'other' }));
  it('a tool page is named by its tool; a path without the final slash reads the same', () => {
    expect(routeOf('/tools/statement')).toEqual({ kind: 'tool', tool: 'statement' });
    expect(routeOf('/faq/x')).toEqual({ kind: 'faq', id: 'x' });
    expect(routeOf('/changes')).toEqual({ kind: 'changes' });
    expect(routeOf('/glossary')).toEqual({ kind: 'glossary' });
  });
  it('a doubled slash after /faq/ is still the FAQ list, never a question with an empty name', () => {
    expect(routeOf('/faq//')).toEqual({ kind: 'faq', id: undefined });
  });
});

describe('routeTexts on small made-up content', () => {
  const made = (over: Partial<RouteContent> = {}): RouteContent => ({
    guideBody: (id) => (id === 'g' ? '正文 <Fact id="g-fact" />' : undefined),
    scenario: (id) => (id === 's' ? { body: '场景正文', outcomes: ['o1', 'missing'] } : undefined),
    outcome: (id) => (id === 'o1' ? ({ id: 'o1', summary: '结论摘要 {{o-fact}}' } as never) : undefined),
    reached: () => true,
    faq: [],
    glossaryDefinitions: ['定义一 {{t-fact}}', '定义二'],
    changes: [],
    ...over,
  });
  it('a scenario: its body, then each outcome’s summary; an outcome that does not exist adds an empty text', () => {
    expect(routeTexts({ kind: 'scenario', id: 's' }, made())).toEqual(['场景正文', '结论摘要 {{o-fact}}', '']);
    expect(routeTexts({ kind: 'scenario', id: 'nope' }, made())).toEqual(['']);
  });
  it('a guide chapter: its body, or one empty text when there is none', () => {
    expect(routeTexts({ kind: 'guide', id: 'g' }, made())).toEqual(['正文 <Fact id="g-fact" />']);
    expect(routeTexts({ kind: 'guide', id: 'x' }, made())).toEqual(['']);
  });
  it('the glossary: every definition; a tool: its facts as claims; any other page: nothing', () => {
    expect(routeTexts({ kind: 'glossary' }, made())).toEqual(['定义一 {{t-fact}}', '定义二']);
    expect(routeTexts({ kind: 'tool', tool: 'countdown' }, made())[0]).toMatch(/^\{\{[a-z0-9-]+:claim\}\}$/);
    expect(routeTexts({ kind: 'other' }, made())).toEqual([]);
    expect(routeTexts({ kind: 'result', outcome: 'nope', stage: undefined }, made())).toEqual([]);
    expect(citedFacts('/glossary/', made())).toEqual(['t-fact']);
  });
});
