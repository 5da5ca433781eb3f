import { defineConfig } from 'vitest/config';

// Two projects: `unit` is pure logic (no processes, no network); `integration` talks to the test bed
// (scripts/testbed) and needs its environment (scripts/test exports it).
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
          include: ['test/differential/**/*.test.ts', 'bench/template/**/*.test.ts'],
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
    ],
  },
});
