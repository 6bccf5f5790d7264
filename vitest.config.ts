import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // .tsx: the browser client's component tests (they pick happy-dom per file).
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
