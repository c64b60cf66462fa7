import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    // Eleventy loads eleventy.config.ts itself, through tsx.
    execArgv: ["--import", "tsx"],
    testTimeout: 30_000,
  },
});
