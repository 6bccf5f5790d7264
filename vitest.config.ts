import { defineConfig } from 'vitest/config';

/**
 * The slow tests (the 2,000-game balance runs, the command-line tools, the
 * live simulation over a real server) are their own project, so that the
 * fast ones can be run alone (`npx vitest run --project unit`) and a slow
 * failure names its kind. `npm test` runs every project in turn.
 */
const SLOW = [
  'tests/unit/bots/us-mexico-balance*.test.ts',
  'tests/unit/report/report-cli.test.ts',
  'tests/unit/scenarios/check-cli.test.ts',
  'tests/unit/scenarios/msel/msel-cli.test.ts',
  'tests/integration/simulate/simulate-live.test.ts',
];

/** Against PostgreSQL and Redis servers (tests/support/test-services.ts): their own project. */
const CLUSTER = ['tests/integration/cluster/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // .tsx: the browser client's component tests (they pick happy-dom per file).
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: SLOW,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: [...SLOW, ...CLUSTER],
        },
      },
      { extends: true, test: { name: 'content-and-cli', include: SLOW } },
      { extends: true, test: { name: 'cluster', include: CLUSTER } },
    ],
  },
});
