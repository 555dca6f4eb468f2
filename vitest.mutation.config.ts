import { getViteConfig } from 'astro/config';

// The unit tests alone, for StrykerJS (`npm run mutation`): the browser tests need a built dist/ and
// would not see a mutant in src/lib/ anyway. Modules resolve exactly as in vitest.config.ts.
export default getViteConfig({
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
