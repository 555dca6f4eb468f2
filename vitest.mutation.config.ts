import { getViteConfig } from 'astro/config';

// The unit tests alone, for StrykerJS (`npm run mutation`): the site and browser tests need a built dist/
// and would not see a mutant in src/lib/ anyway. Modules resolve exactly as in vitest.config.ts.
export default getViteConfig({
  test: { include: ['tests/**/*.test.ts'], exclude: ['tests/site/**'], environment: 'node' },
});
