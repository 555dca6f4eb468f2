/**
 * The 举证说明 templates the tool downloads (src/lib/tools/statement-data.ts): their order, the evidence
 * titles that go with them, the part the page carries itself, and what a damaged download looks like.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementTemplateSchema } from '../../src/schemas';
import { GENERIC_TEMPLATE, type StatementTemplate } from '~/lib/tools/statement';
import { buildStatementData, citedEvidenceTitles, inListOrder, isStatementData, pagePart, STATEMENT_DATA_URL } from '~/lib/tools/statement-data';
import { TOOLS } from '~/lib/tools/registry';
import { content } from '../support/content-files';

const dir = new URL('../../content/statements/', import.meta.url);
const templates: StatementTemplate[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => statementTemplateSchema.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const evidence = content.evidence.map((e) => ({ id: e.id, title: e.title }));
const data = buildStatementData(templates, evidence);
const template = (id: string, title: string, evidenceIds: string[] = []): StatementTemplate => ({
  id, title, opening: '', facts: [{ text: '事实。', evidence: evidenceIds }], closings: [],
});

describe('the downloaded templates', () => {
  it('are served beside the tool page', () => {
    expect(STATEMENT_DATA_URL).toBe(`${TOOLS.statement.path}templates.json`);
  });

  it('come in the list’s order: by title in Chinese collation, the generic one last', () => {
    const ordered = inListOrder([template(GENERIC_TEMPLATE, '通用'), template('b', '空包'), template('a', '假货'), template('c', '错发')]);
    expect(ordered.map((t) => t.id)).toEqual(['c', 'a', 'b', GENERIC_TEMPLATE]);
    // Last even when its title would sort first.
    expect(inListOrder([template(GENERIC_TEMPLATE, '阿'), template('b', '空包')]).map((t) => t.id)).toEqual(['b', GENERIC_TEMPLATE]);
    expect(data.templates.at(-1)!.id).toBe(GENERIC_TEMPLATE);
    expect(data.templates.map((t) => t.id).sort()).toEqual(templates.map((t) => t.id).sort());
  });

  it('carry the title of every evidence item a template cites, and of no other', () => {
    const cited = new Set(templates.flatMap((t) => t.facts.flatMap((f) => f.evidence)));
    expect(Object.keys(data.evidenceTitles).sort()).toEqual([...cited].sort());
    expect(cited.size).toBeLessThan(evidence.length);
    for (const [id, title] of Object.entries(data.evidenceTitles)) expect(title).toBe(evidence.find((e) => e.id === id)!.title);
    expect(citedEvidenceTitles([template('x', 'x', ['b'])], [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }])).toEqual({ b: 'B' });
  });

  it('the page itself carries only the generic template and its evidence titles', () => {
    const part = pagePart(data);
    expect(part.generic.id).toBe(GENERIC_TEMPLATE);
    const genericEvidence = new Set(part.generic.facts.flatMap((f) => f.evidence));
    expect(Object.keys(part.genericTitles).sort()).toEqual([...genericEvidence].sort());
    expect(() => pagePart({ templates: [template('x', 'x')], evidenceTitles: {} })).toThrow(GENERIC_TEMPLATE);
  });

  it('the built data passes the check the island makes, and survives JSON', () => {
    expect(isStatementData(data)).toBe(true);
    expect(isStatementData(JSON.parse(JSON.stringify(data)))).toBe(true);
  });

  const broken: [string, (d: any) => unknown][] = [
    ['nothing', () => null],
    ['a string', () => 'templates'],
    ['no templates', (d) => ({ evidenceTitles: d.evidenceTitles })],
    ['templates not a list', (d) => ({ ...d, templates: {} })],
    ['no evidence titles', (d) => ({ templates: d.templates })],
    ['evidence titles null', (d) => ({ ...d, evidenceTitles: null })],
    ['no generic template', (d) => ({ ...d, templates: d.templates.filter((t: StatementTemplate) => t.id !== GENERIC_TEMPLATE) })],
    ['a template without an id', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], id: 7 }] })],
    ['a template without a title', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], title: undefined }] })],
    ['a template without an opening', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], opening: null }] })],
    ['facts not a list', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: 'x' }] })],
    ['a fact without text', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: [{ evidence: [] }] }] })],
    ['a template that is null', (d) => ({ ...d, templates: [...d.templates, null] })],
    ['one good and one broken fact', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: [d.templates[0].facts[0], { evidence: [] }] }] })],
    ['evidence ids mixed with a number', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: [{ text: 'x', evidence: [d.templates[0].facts[0].evidence[0], 1] }] }] })],
    ['a second fact citing evidence without a title', (d) => ({ ...d, templates: [...d.templates, { ...template('y', 'y'), facts: [d.templates[0].facts[0], { text: 'x', evidence: ['no-such-proof'] }] }] })],
    ['a fact that is null', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: [null] }] })],
    ['a fact’s evidence not ids', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], facts: [{ text: 'x', evidence: [1] }] }] })],
    ['closings not a list', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], closings: {} }] })],
    ['a closing without text', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], closings: [{ stages: [] }] }] })],
    ['a closing without stages', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], closings: [{ text: 'x' }] }] })],
    ['a closing that is null', (d) => ({ ...d, templates: [...d.templates, { ...d.templates[0], closings: [null] }] })],
    ['cited evidence without a title', (d) => ({ ...d, templates: [...d.templates, template('x', 'x', ['no-such-proof'])] })],
    ['an evidence title that is not text', (d) => ({ ...d, evidenceTitles: Object.fromEntries(Object.keys(d.evidenceTitles).map((k) => [k, 1])) })],
  ];
  it.each(broken)('a download with %s is refused', (_what, damage) => {
    expect(isStatementData(damage(JSON.parse(JSON.stringify(data))))).toBe(false);
  });
});
