/**
 * The self-check's whole graph for the server render of a self-check page, handed over by the page from
 * the validated collections (`selfCheckFlow()` in src/data/collections.ts) instead of the island reading
 * content files itself. In the browser nothing is handed over: the island reads the page's part of the
 * graph (`GRAPH_ID`), so the script carries no question data. The graph is the same for every page, so it
 * does not matter which page handed it over last.
 */
import type { Flow } from '~/lib/self-check/flow';

let whole: Flow | undefined;

/** Called by a self-check page at build time, before it renders the island. */
export function renderWithFlow(flow: Flow): void {
  whole = flow;
}

/** The whole graph while rendering on the server; always undefined in the browser. */
export function serverFlow(): Flow | undefined {
  if (!import.meta.env.SSR) return undefined;
  if (!whole) throw new Error('自测页面要先把整棵树交给岛（renderWithFlow），岛才能在服务器端渲染');
  return whole;
}
