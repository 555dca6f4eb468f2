/**
 * Survivors of the mutation run in the tools' pure modules (tool-context.ts, check-urls.ts): the edges of
 * what a forged or stale link may carry, each case on purpose.
 */
import { describe, expect, it } from 'vitest';
import { checklistHref } from '~/lib/checklist/catalog';
import { isCheckStepPath, parseCheckPath, questionPath, withAnswers } from '~/lib/self-check/urls';
import { parseToolContext, toolHref } from '~/lib/tools/context';

const known = { types: ['empty-parcel', 'quality'], evidence: ['ship-weight', 'packing-video'] };

describe('tool context from the address', () => {
  it('an empty address is an empty context with no problem', () => {
    expect(parseToolContext('', known)).toEqual({ have: [], problems: [] });
    expect(parseToolContext('?type=&stage=&have=&case=', known)).toEqual({ have: [], problems: [] });
  });

  it('each bad value gets its own message, in the order of the address parts', () => {
    expect(parseToolContext('?type=nope', known).problems).toEqual(['链接里的纠纷类型认不出来，已按“通用”处理，可以在下面重新选。']);
    expect(parseToolContext('?stage=later', known).problems).toEqual(['链接里的处理阶段认不出来，请在下面重新选。']);
    expect(parseToolContext('?case=a.b', known).problems).toEqual(['链接里的案件编号格式不对，这次填写的内容另存为未关联案件的草稿。']);
    expect(parseToolContext('?type=quality&stage=decided', known)).toEqual({ type: 'quality', stage: 'decided', have: [], problems: [] });
  });

  it('evidence: spaces and empty entries are ignored, repeats kept once, unknown ones counted', () => {
    expect(parseToolContext('?have= ship-weight ,,packing-video,ship-weight,', known)).toEqual({
      have: ['ship-weight', 'packing-video'],
      problems: [],
    });
    // The tools' links before 2026-12 said have=a,b; the checklist's share links ticks=a.b: all read the same.
    for (const old of ['?have=ship-weight,packing-video', '?ticks=ship-weight.packing-video']) {
      expect(parseToolContext(old, known)).toEqual({ have: ['ship-weight', 'packing-video'], problems: [] });
    }
    expect(parseToolContext('?have=ship-weight.packing-video', known)).toEqual({ have: ['ship-weight', 'packing-video'], problems: [] });
    const r = parseToolContext('?have=ship-weight,evil,worse', known);
    expect(r.have).toEqual(['ship-weight']);
    expect(r.problems).toEqual(['链接里有 2 项凭证认不出来，已略过；其余照常带入。']);
  });

  // The store's one id rule (shared/storage.ts `isRecordId`), not a looser one of the tools' own (L9).
  it('a case id is what the store accepts: lower-case letters, digits and -, 1 to 80 of them, the whole value', () => {
    const id = (s: string) => parseToolContext(`?case=${encodeURIComponent(s)}`, known).caseId;
    expect(id('a')).toBe('a');
    expect(id('c-z09')).toBe('c-z09');
    expect(id('A-z_09')).toBeUndefined();
    expect(id('__proto__')).toBeUndefined();
    expect(id('constructor')).toBe('constructor');
    expect(id('x'.repeat(80))).toBe('x'.repeat(80));
    expect(id('x'.repeat(81))).toBeUndefined();
    expect(id('ok/../x')).toBeUndefined();
    expect(id('/ok')).toBeUndefined();
    expect(id('ok/')).toBeUndefined();
  });

  it('a case id that is not saved in this browser is kept for the draft, and the seller is told (L9)', () => {
    const saved = (id: string) => id === 'c1';
    expect(parseToolContext('?case=c1', { ...known, caseSaved: saved })).toEqual({ have: [], caseId: 'c1', caseSaved: true, problems: [] });
    const gone = parseToolContext('?case=c2', { ...known, caseSaved: saved });
    expect(gone).toMatchObject({ caseId: 'c2', caseSaved: false });
    expect(gone.problems).toEqual(['链接里的案件在这个浏览器的证据清单里找不到：它可能已被删除，或者保存在别的浏览器里。工具照常可用，填写的内容按链接里的案件编号单独保存。']);
    // A forged id is refused before storage is asked.
    expect(parseToolContext('?case=__proto__', { ...known, caseSaved: () => true }).caseSaved).toBeUndefined();
  });

  it('toolHref leaves out what is empty and reads back', () => {
    expect(toolHref('collage', {})).toBe('/tools/collage/');
    expect(toolHref('countdown', { have: [] })).toBe('/tools/countdown/');
    expect(toolHref('countdown', { stage: 'applied' })).toBe('/tools/countdown/?stage=applied');
    const href = toolHref('collage', { have: ['ship-weight', 'packing-video'], caseId: 'c1' });
    expect(href).toBe('/tools/collage/?have=ship-weight.packing-video&case=c1');
    expect(parseToolContext(href.slice(href.indexOf('?')), known)).toEqual({ have: ['ship-weight', 'packing-video'], caseId: 'c1', problems: [] });
  });
});

describe('self-check addresses at their edges', () => {
  it('the start is /check/ whether or not a stage is known; a later question without a stage is asked at /check/ask/', () => {
    expect(questionPath('type', 'applied', true)).toBe('/check/');
    expect(questionPath('type', undefined, false)).toBe('/check/ask/type/');
    expect(parseCheckPath('/check/ask/type/')).toEqual({ kind: 'question', id: 'type', stage: undefined });
    expect(parseCheckPath('/check/ask/type/x/')).toBeUndefined();
  });

  it('reads only whole addresses: nothing before /check/, nothing after the last slash', () => {
    expect(parseCheckPath('/check/applied/type/x')).toBeUndefined();
    expect(parseCheckPath('x/check/applied/type/')).toBeUndefined();
    expect(parseCheckPath('/check/result/done/applied/x')).toBeUndefined();
    expect(parseCheckPath('/x/check/result/done/')).toBeUndefined();
    expect(parseCheckPath('/check/result/a--b/')).toBeUndefined();
    expect(parseCheckPath('/check/result/-a/')).toBeUndefined();
    expect(parseCheckPath('/check/result/a-b-2/')).toEqual({ kind: 'outcome', id: 'a-b-2', stage: undefined });
    expect(parseCheckPath('/check/return-agreed/what-wrong/')).toEqual({ kind: 'question', id: 'what-wrong', stage: 'return-agreed' });
  });

  it('"result" is never read as a stage', () => {
    expect(parseCheckPath('/check/result/type/')).toEqual({ kind: 'outcome', id: 'type', stage: undefined });
    expect(isCheckStepPath('/check/result/type/')).toBe(false);
    expect(isCheckStepPath('/nope/')).toBe(false);
  });

  it('answers ride along only when there are some; the checklist link names the stage only when known', () => {
    expect(withAnswers('/check/', '')).toBe('/check/');
    expect(withAnswers('/check/', 'type.x')).toBe('/check/?a=type.x');
    expect(checklistHref({ kind: 'outcome', id: 'done' })).toBe('/checklist/?outcome=done');
    expect(checklistHref({ kind: 'outcome', id: 'done' }, 'expired')).toBe('/checklist/?outcome=done&stage=expired');
  });
});
