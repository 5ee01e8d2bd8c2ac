import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
      restoreMocks: true,
      // A Mantine form test takes a second on an idle machine and twenty on a loaded 2-core
      // one. The tests wait for what they assert, never for a time, so the limit only has to
      // catch a test that hangs (60 s, as the API's jest).
      testTimeout: 60_000,
    },
  }),
);
