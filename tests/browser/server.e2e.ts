/** The one server for the built site (scripts/static-server.mjs, also `npm start`): gzip, 404.html, trailing slashes. */
import { expect, test as base } from 'vitest';
import { baseUrl } from '../support/harness';

const get = (path: string, init: RequestInit = {}) =>
  fetch(new URL(path, baseUrl), { redirect: 'manual', ...init, headers: { 'accept-encoding': 'gzip', ...(init.headers ?? {}) } });

base('pages are served gzipped at their trailing-slash address', async () => {
  for (const path of ['/', '/checklist/', '/scenarios/quality/', '/check/']) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-encoding'), path).toBe('gzip');
    expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
  }
});

base('scripts are gzipped too, small ones included (why this server and not astro preview)', async () => {
  const html = await (await get('/checklist/')).text();
  const scripts = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const script of scripts) {
    const response = await get(script);
    expect(response.status, script).toBe(200);
    expect(response.headers.get('content-encoding'), script).toBe('gzip');
  }
});

base('an unknown address gets 404.html with status 404', async () => {
  const response = await get('/no-such-page/');
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('找不到这个页面');
});

base('a page typed without its slash is redirected to it, keeping the query', async () => {
  const response = await get('/checklist?scenario=quality');
  expect(response.status).toBe(308);
  expect(response.headers.get('location')).toBe('/checklist/?scenario=quality');
  expect((await get('/no-such-page')).status).toBe(404);
});
