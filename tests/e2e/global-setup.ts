/**
 * Once per browser-test run: make sure dist/ is built, serve it with `npm run serve` (astro preview,
 * scripts/serve.mjs: the same server as `npm start`) on a free loopback port, and hand the address to
 * every test file through `inject('baseUrl')`. The server runs as its own process: Astro's preview
 * cannot be started from inside Vitest's module runner.
 */
import { existsSync } from 'node:fs';
import { execSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    execSync('npm run build', { stdio: 'inherit', cwd: root });
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const address = await new Promise<string>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = output.match(/https?:\/\/[\d.]+:\d+/);
      if (found) resolve(found[0]);
    });
    server.once('exit', (code) => reject(new Error(`the site server stopped (exit ${code}) before it listened:\n${output}`)));
  });
  project.provide('baseUrl', address);
  return async () => {
    server.kill();
    if (server.exitCode === null) await once(server, 'exit');
  };
}
