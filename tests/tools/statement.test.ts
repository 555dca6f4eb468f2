import { draftKey, oldDraftKey, parseSavedStatement } from '~/lib/tools/statement-draft';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementTemplateSchema } from '../../src/schemas';
import { STAGE_IDS } from '~/lib/shared/stages';
import {
  charCount, composeStatement, gapFor, gapsIn, GENERIC_TEMPLATE, isLetter, placeholdersIn, STATEMENT_FIELDS,
  statementTemplateProblems, type StatementTemplate,
} from '~/lib/tools/statement';
import { parseToolContext, toolHref } from '~/lib/tools/context';
import { TOOL_PAGES } from '~/lib/tools/registry';
import { content } from '../support/content-files';

const dir = new URL('../../content/statements/', import.meta.url);
const templates: StatementTemplate[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const t = statementTemplateSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    expect(t.id, f).toBe(f.replace(/\.json$/, ''));
    return t;
  });
const generic = templates.find((t) => t.id === GENERIC_TEMPLATE)!;
const evidenceTitles = Object.fromEntries(content.evidence.map((e) => [e.id, e.title]));
const allEvidence = content.evidence.map((e) => e.id);
// Every field filled; the two weights equal, so a comparison is settled rather than left as a gap.
const filled = { ...Object.fromEntries(STATEMENT_FIELDS.map((f) => [f.id, `值${f.id}`])), shipWeight: '1.2 kg', courierWeight: '1.2 kg' };
const stages = [undefined, ...STAGE_IDS];

describe('statement templates', () => {
  it(`every one of the ${content.scenarios.length} dispute types has a template, plus the generic one and the letters`, () => {
    expect(statementTemplateProblems(templates, content.scenarios.map((s) => s.id), allEvidence, TOOL_PAGES.statement.facts)).toEqual([]);
    expect(templates.filter((t) => !isLetter(t)).length).toBe(content.scenarios.length + 1);
    expect(templates.filter(isLetter).map((t) => t.id).sort()).toEqual(['appeal-new-evidence', 'penalty-reasons']);
    console.log(`statement templates: ${templates.length}`);
  });

  it('a template for a missing scenario or unknown evidence is reported', () => {
    const bad = [{ id: 'nope', facts: [{ text: 'x', evidence: ['no-such-proof'] }] }];
    expect(statementTemplateProblems(bad, ['empty-parcel'], allEvidence, [])).toEqual([
      `缺少通用模板 content/statements/${GENERIC_TEMPLATE}.json`,
      '场景 empty-parcel 没有举证说明模板（content/statements/empty-parcel.json）',
      '举证说明模板 nope 不对应任何场景',
      '举证说明模板 nope 引用了不存在的凭证 no-such-proof',
    ]);
    expect(statementTemplateSchema.safeParse({ ...generic, opening: '订单 {orderNumber}' }).success).toBe(false);
  });

  it.for(templates.map((t) => t.id))('%s: every placeholder resolves when filled, and shows as a gap when not', (id) => {
    const t = templates.find((x) => x.id === id)!;
    // An unknown placeholder would print as a gap even when everything is filled (checked below).
    for (const stage of stages) {
      const full = composeStatement({ template: t, generic, stage, fields: filled, have: allEvidence, evidenceTitles });
      expect(full.text, `${id} ${stage}`).not.toMatch(/[{}【】]/);
      expect(gapsIn(full.text)).toEqual([]);
      expect(full.missingFields).toEqual([]);
      // Each fact line is numbered and, where the template ties it to evidence, cites a numbered proof.
      const factLines = full.text.split('\n').filter((l) => /^\d+\. /.test(l));
      expect(factLines.length).toBeGreaterThan(0);
      for (const e of full.evidence) expect(full.text).toContain(`凭证 ${e.n}：${e.title}`);

      const empty = composeStatement({ template: t, generic, stage, fields: {}, have: [], evidenceTitles });
      const used = new Set(placeholdersIn(empty.text.replace(/【请填写：[^】]*】/g, '')));
      expect(used.size, 'no raw placeholder left').toBe(0);
      for (const label of empty.missingFields) expect(empty.text).toContain(`【请填写：${label}】`);
      expect(empty.evidence).toEqual([]);
      expect(empty.text).not.toMatch(/凭证 \d/);
    }
  });

  it.for(templates.map((t) => t.id))('%s: no accusation, threat or promise in the wording', (id) => {
    const t = templates.find((x) => x.id === id)!;
    const all = [t.opening, ...t.facts.map((f) => f.text), ...t.closings.map((c) => c.text)].join('\n');
    expect(all).not.toMatch(/骗|诈|恶意|撒谎|说谎|故意|投诉你|起诉|报警|律师|后果|保证|承诺|一定|绝对|肯定|必须|否则/);
  });

  it('stage decides which facts and closing appear', () => {
    const t = templates.find((x) => x.id === 'return-damaged')!;
    const applied = composeStatement({ template: t, generic, stage: 'return-agreed', fields: filled, have: allEvidence, evidenceTitles });
    const arrived = composeStatement({ template: t, generic, stage: 'intervention', fields: filled, have: allEvidence, evidenceTitles });
    expect(applied.text).not.toContain('开箱全程录像');
    expect(arrived.text).toContain('开箱全程录像');
    expect(arrived.text).toContain('请平台核实');
    expect(applied.text).not.toContain('请平台核实');
  });

  it('numbers only ticked evidence; a fact with none of its evidence is left out, not asserted, and named as missing', () => {
    const t = templates.find((x) => x.id === 'empty-parcel')!;
    const r = composeStatement({ template: t, generic, stage: 'intervention', fields: { trackingNo: 'YT123' }, have: ['ship-weight'], evidenceTitles });
    expect(r.evidence).toEqual([{ n: 1, id: 'ship-weight', title: evidenceTitles['ship-weight'] }]);
    expect(r.text).toContain('（见凭证 1）');
    const videoLine = t.facts.find((f) => f.evidence.length === 1 && f.evidence[0] === 'packing-video')!;
    expect(r.text).not.toContain(videoLine.text.slice(0, 8));
    expect(r.text).not.toContain('【缺凭证');
    expect(r.text).toContain(gapFor('orderNo'));
    expect(r.missingEvidence).toContain(evidenceTitles['packing-video']);
    // With the video ticked too, its line (and the tracking number typed into it) comes back.
    const both = composeStatement({ template: t, generic, stage: 'intervention', fields: { trackingNo: 'YT123' }, have: ['ship-weight', 'packing-video'], evidenceTitles });
    expect(both.text).toContain('YT123');
  });

  it('counts characters as a seller does', () => {
    expect(charCount('订单\n12 3')).toBe(6);
    expect(charCount('👍')).toBe(1);
  });
});

describe('the saved draft', () => {
  const draft = { v: 1, type: 'generic', fields: { orderNo: '1' }, have: [], text: 'x', edited: true, updatedAt: 't' };
  it('reads back what was saved', () => {
    expect(parseSavedStatement(JSON.stringify(draft))).toMatchObject({ kind: 'ok', draft: { text: 'x', edited: true } });
    expect(parseSavedStatement(null)).toEqual({ kind: 'empty' });
  });
  it.each(['{', '[]', '{"v":2}', JSON.stringify({ ...draft, fields: { a: 1 } }), JSON.stringify({ ...draft, text: null })])(
    '%s is kept as unreadable, never treated as empty',
    (raw) => {
      expect(parseSavedStatement(raw)).toEqual({ kind: 'unreadable', raw });
    },
  );
  // The one namespace (shared/storage.ts) since H1; the old keys are still read (statement-draft.test.ts).
  it('keys by case, or a draft key without one', () => {
    expect(draftKey('c1')).toBe('shouhou-jieru:statement:c1');
    expect(draftKey(undefined)).toBe('shouhou-jieru:statement:draft');
    expect(oldDraftKey('c1')).toBe('pdd-guide:statement:c1');
  });
});

describe('the tool address', () => {
  const known = { types: content.scenarios.map((s) => s.id), evidence: allEvidence };
  it('reads a good address and writes it back the same', () => {
    const href = toolHref('statement', { type: 'empty-parcel', stage: 'intervention', have: ['ship-weight', 'packing-video'], caseId: 'c1x' });
    expect(href).toBe('/tools/statement/?type=empty-parcel&stage=intervention&have=ship-weight.packing-video&case=c1x');
    expect(parseToolContext(href.split('?')[1]!, known)).toEqual({ type: 'empty-parcel', stage: 'intervention', have: ['ship-weight', 'packing-video'], caseId: 'c1x', problems: [] });
  });
  it('drops forged values with a message each and keeps the rest', () => {
    const r = parseToolContext('?type=<script>&stage=later&have=ship-weight,evil,ship-weight&case=../../x', known);
    expect([r.type, r.stage, r.caseId, r.have]).toEqual([undefined, undefined, undefined, ['ship-weight']]);
    expect(r.problems).toHaveLength(4);
  });
});
