import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isToolName, TOOL_NAMES, TOOL_PAGES, TOOLS } from '~/lib/tools/registry';
import { toolHref } from '~/lib/tools/href';
import { routeOf } from '~/lib/content/routes';

describe('the tool registry', () => {
  it('names each tool once, with a page of its own at its address', () => {
    expect(new Set(TOOL_NAMES).size).toBe(TOOL_NAMES.length);
    for (const name of TOOL_NAMES) {
      expect(TOOLS[name].path).toBe(`/tools/${name}/`);
      expect(existsSync(`src/pages/tools/${name}.astro`), name).toBe(true);
      expect(routeOf(TOOLS[name].path)).toEqual({ kind: 'tool', tool: name });
      expect(toolHref(name, {})).toBe(TOOLS[name].path);
    }
  });

  it('gives every tool its own title, link text and description', () => {
    for (const field of ['title', 'action'] as const) expect(new Set(TOOL_NAMES.map((n) => TOOLS[n][field])).size).toBe(TOOL_NAMES.length);
    for (const field of ['description', 'summary'] as const) expect(new Set(TOOL_NAMES.map((n) => TOOL_PAGES[n][field])).size).toBe(TOOL_NAMES.length);
    for (const name of TOOL_NAMES) expect(TOOL_PAGES[name].facts.length, name).toBeGreaterThan(0);
  });

  it('knows only its own tools', () => {
    expect(isToolName('statement')).toBe(true);
    for (const id of ['', 'tools', 'constructor', '__proto__', 'Statement']) expect(isToolName(id), id).toBe(false);
  });
});
