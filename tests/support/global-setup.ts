/**
 * Once per browser-test run: make sure dist/ is built, serve it on a free loopback port and hand the
 * address to every test file through `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('index.html', dist))) {
    execSync('npm run build', { stdio: 'inherit' });
  }
  const server = (await startServer({ root: dist, port: 0, host: '127.0.0.1' })) as {
    url: string;
    close: () => Promise<void>;
  };
  project.provide('baseUrl', server.url.replace('localhost', '127.0.0.1'));
  return () => server.close();
}
