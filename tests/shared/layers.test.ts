/**
 * Which part of src may import which: the schemas (src/schemas/) sit below the logic (src/lib/), so lib
 * imports schemas and never the other way; the words both need are src/schemas/vocabulary.ts, which
 * imports nothing. And lib stays pure: no Preact, no astro:*; islands read no data file of their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx|mjs)$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Every module a source names: static imports and re-exports (types too) and dynamic imports. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const namesLib = (spec: string) => spec.startsWith('~/lib') || /(^|\/)lib(\/|$)/.test(spec);
const importsIn = (dir: string) => Object.fromEntries(files(dir).map((f) => [f, importsOf(readFileSync(f, 'utf8'))]));

describe('layers', () => {
  it('reads imports of every kind', () => {
    expect(importsOf("import { a } from '~/lib/x';\nimport type {\n  B,\n} from '../lib/y';\nexport { c } from './z';\nimport 'side';\nconst m = import('~/lib/w');")).toEqual([
      '~/lib/x', '../lib/y', './z', 'side', '~/lib/w',
    ]);
    expect(['~/lib/shared/stages', '../lib/tools/statement', '../../src/lib'].every(namesLib)).toBe(true);
    expect(['./vocabulary', 'astro/zod', '../library'].some(namesLib)).toBe(false);
  });

  it('the schemas import nothing from src/lib', () => {
    const schemas = importsIn('src/schemas');
    expect(Object.keys(schemas).length).toBeGreaterThan(1);
    expect(Object.fromEntries(Object.entries(schemas).map(([f, specs]) => [f, specs.filter(namesLib)]).filter(([, s]) => s!.length > 0))).toEqual({});
  });

  it('the shared vocabulary imports nothing at all', () => {
    expect(importsOf(readFileSync('src/schemas/vocabulary.ts', 'utf8'))).toEqual([]);
  });

  it('the islands import no data file: content reaches them as props or from the page', () => {
    const islands = importsIn('src/islands');
    expect(Object.keys(islands).length).toBeGreaterThan(10);
    const raw = Object.entries(islands).map(([f, specs]) => [f, specs.filter((s) => /\.json$|(^|\/)content\//.test(s))]).filter(([, s]) => s!.length > 0);
    expect(Object.fromEntries(raw)).toEqual({});
  });

  it('src/lib imports no Preact and no astro:* module', () => {
    const lib = importsIn('src/lib');
    expect(Object.keys(lib).length).toBeGreaterThan(50);
    const impure = Object.entries(lib).map(([f, specs]) => [f, specs.filter((s) => /^(preact|astro:|@astrojs\/)/.test(s))]).filter(([, s]) => s!.length > 0);
    expect(Object.fromEntries(impure)).toEqual({});
  });
});
