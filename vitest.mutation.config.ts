import { getViteConfig } from 'astro/config';

// The unit tests alone, for StrykerJS (`npm run mutation`): the site and browser tests need a built dist/
// and would not see a mutant in src/lib/ anyway. Modules resolve exactly as in vitest.config.ts.
export default getViteConfig({
  // The long-input bounds (seconds per run, every mutant of the reader covered) only test time, and would
  // make the run hours long.
  test: { include: ['tests/**/*.test.ts'], exclude: ['tests/site/**', 'tests/search/query.long-input.test.ts'], environment: 'node' },
});
