// @ts-check
/**
 * Mutation testing of the pure modules in src/lib/ with the unit tests (`npm run mutation`).
 * Everything in src/lib/ is pure (astro:content access lives in src/data/, build plugins in src/integrations/).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/lib/**/*.ts', 'src/integrations/*.mjs'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level word lists, regexes, tables) each rerun every unit test: about 700 of
  // 4,300 mutants that would take 85 % of the time (over an hour and a half on this 2-core machine).
  // Left out; what they would catch is checked by the content and search tests instead. See README 变异测试.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 85, break: 85 },
  ignorePatterns: ['dist', '.astro', 'test-results', 'bench-results', 'reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
};
