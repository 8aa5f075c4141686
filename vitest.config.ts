import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'messages/**/*.test.ts', 'i18n/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
