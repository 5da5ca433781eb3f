import { defineConfig } from 'vitest/config';

// Projects: `unit` is pure logic (no processes, no network); `oracle` compares the chart engine with Helm's
// own (Go); `integration` talks to the test bed (scripts/testbed; scripts/test exports its environment).
// `bench` prints figures (bench/*/run.sh) and is not part of the test suite.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Differential tests of the chart engine against Helm's own (a Go oracle built from test/oracle); needs only Go.
          name: 'oracle',
          include: ['test/differential/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // The test bed is one cluster and one registry: files run one at a time, tests inside a file in order.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['bench/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
