/**
 * Internal addresses are built, never typed: a string in src/lib or src/islands that starts with one of the
 * site's top-level paths (every entry of src/pages) fails here, outside the few files that own them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePath, ledgerCasePath, scenarioPath } from '~/lib/shared/paths';
import { channelLinks } from '~/lib/self-check/channels';

/** The files whose job is to write addresses down. */
const OWNERS = new Set([
  'src/lib/shared/paths.ts', // the sections and the builders
  'src/lib/self-check/urls.ts', // the self-check's scheme (its path patterns)
  'src/lib/content/changes.ts', // data: the pages each rule change rewrote, checked against the built site
]);

const top = readdirSync('src/pages')
  .filter((name) => !name.startsWith('_') && !name.startsWith('['))
  .map((name) => name.replace(/\.(astro|ts)$/, ''))
  .filter((name) => name !== 'index');
const typed = new RegExp(`['"\`]/(?:${top.map((n) => n.replace(/[.]/g, '\\.')).join('|')})(?=[/'"\`#?]|$)`);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Lines of code with their comments taken out (a comment may name an address to explain it). */
function typedPaths(source: string): string[] {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
    .filter((line) => typed.test(line));
}

describe('internal addresses', () => {
  it('knows the site’s top-level paths', () => {
    expect(top).toEqual(expect.arrayContaining(['check', 'checklist', 'guide', 'scenarios', 'tools', 'faq', 'search', 'search-data.json']));
  });

  it('finds a typed address, and not one in a comment', () => {
    expect(typedPaths(`const a = '/checklist/';`)).toHaveLength(1);
    expect(typedPaths('<a href="/check/" onClick={go}>')).toHaveLength(1);
    expect(typedPaths('href: `/guide/alternatives/#${id}`')).toHaveLength(1);
    expect(typedPaths("fetch('/search-data.json')")).toHaveLength(1);
    expect(typedPaths(`/** \`/checklist/?case=x\` */\n// see '/check/'\nconst b = 'a/check/';`)).toEqual([]);
  });

  it('are built in src/lib and src/islands: from src/lib/shared/paths.ts, self-check/urls.ts, tools/registry.ts', () => {
    const owned = [...files('src/lib'), ...files('src/islands')].filter((f) => !OWNERS.has(f));
    expect(owned.length).toBeGreaterThan(50);
    const typedIn = Object.fromEntries(owned.map((f) => [f, typedPaths(readFileSync(f, 'utf8'))]).filter(([, lines]) => lines!.length > 0));
    expect(typedIn).toEqual({});
  });

  it('builds guide sections and scenario pages', () => {
    expect(guidePath('alternatives', 'police')).toBe('/guide/alternatives/#police');
    expect(guidePath('deadlines')).toBe('/guide/deadlines/');
    expect(scenarioPath('empty-parcel')).toBe('/scenarios/empty-parcel/');
    expect(ledgerCasePath('c-1 &x')).toBe('/cases/?case=c-1%20%26x');
    expect(channelLinks(['police', 'nope'])).toEqual([{ href: '/guide/alternatives/#police', label: '报警或起诉' }]);
  });
});
