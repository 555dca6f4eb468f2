import { getViteConfig } from 'astro/config';

// Tests sit beside the feature they test (tests/<feature>/), in three projects:
//   unit — *.test.ts: pure logic and content data, no dist/, no browser (seconds);
//   site — tests/site/*.test.ts: read the built dist/ as files, no browser;
//   e2e  — *.e2e.ts: real Chromium against dist/ served on loopback.
// Unit tests resolve modules exactly like the build (the ~/ alias included).
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/site/**'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.ts'],
          environment: 'node',
          // One Chromium for the whole run; the files share it through the server started once.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
