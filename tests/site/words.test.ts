/**
 * Rendered-text gates over every built page in dist/: what the seller reads must not repeat a phrase
 * back to back, repeat a caveat within a section, leak a placeholder or a bare value, state a rule value
 * outside the facts, or nest parentheses. Each gate is unit-tested on a broken fixture in
 * tests/content/text-gates.test.ts, so a pass here means something. On the reading pages (home, guide,
 * scenarios, FAQ, glossary, /changes/) two more: no chain of two colons in a sentence, and no long
 * sentence printed on more than five of them.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site-pages';
import { pageBlocks } from '../support/rendered-text';
import { isReadingPage, readingGates, textGates } from '~/lib/content/text-gates';

const blocks = builtPages().flatMap((page) => pageBlocks(readPage(page), page));

describe('rendered text in dist/', () => {
  it('has text to check', () => {
    expect(blocks.length).toBeGreaterThan(500);
    expect(blocks.some((b) => b.text.includes('⟦'))).toBe(true);
  });
  it.for(Object.entries(textGates))('passes the %s gate', ([, gate]) => {
    expect(gate(blocks)).toEqual([]);
  });
});

describe('the reading pages read as sentences, each caveat once', () => {
  const reading = blocks.filter((b) => isReadingPage(b.page));
  it('has the reading pages', () => {
    expect(new Set(reading.map((b) => b.page)).size).toBeGreaterThan(50);
  });
  it.for(Object.entries(readingGates))('passes the %s gate', ([, gate]) => {
    expect(gate(reading)).toEqual([]);
  });
});
