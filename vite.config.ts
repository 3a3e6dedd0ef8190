import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './scripts/cspPlugin.ts'
import { earlyEntry } from './scripts/earlyEntryPlugin.ts'
import { offlinePrecache } from './scripts/offlinePlugin.ts'
import { surfacePacks } from './scripts/surfacePackPlugin.ts'
import { threeCatalogue } from './scripts/threeCataloguePlugin.ts'

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    earlyEntry('src/boot.ts', 'src/bootEs.ts'),
    offlinePrecache('src/sw.js'),
    surfacePacks(),
  ],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // fiber's Canvas registers only the three classes the app's JSX names (see the plugin)
    rolldownOptions: { plugins: [threeCatalogue()] },
  },
  test: {
    // every core: vitest's default leaves one free, which on a 2-core CI machine ran the unit files one at a
    // time (134 s here; 98 s on both). The browser files still run one at a time (fileParallelism below).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // a geometry test meshes whole bones (surface nets): 1–2 s at rest, past vitest's 5 s default on a
          // machine kept busy by another process. A limit for hangs, not a speed check.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // polls wait for conditions; on a busy machine a condition can take longer than the default second
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
})
