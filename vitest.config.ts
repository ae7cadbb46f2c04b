import { defineConfig } from 'vitest/config';

// Tests that touch the database run on PGlite unless DATABASE_URL points at a PostgreSQL
// server; .ci/run runs the whole suite once each way (see tests/helpers/db.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
