import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The API the dev server forwards to (`npm run dev:web`); `npm start` serves the built app itself.
const API = process.env.RANTAI_API ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  // Vite 8 compiles JSX with Oxc itself. @vitejs/plugin-react 6 (Fast Refresh only) is left out: its optional
  // Babel 8 peer chain does not resolve beside Jest's Babel 7, so the dev server reloads the page on a change.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [
    // Compressed once at build, at the best levels, for Nest to send as they are (src/web/web-app.module.ts).
    compression({
      include: /\.(js|css|json|svg)$/,
      threshold: 1024,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The main chunk (React, Mantine, the router, i18n) is about 490 kB minified, 131 kB in brotli; the budgets
    // that matter are measured in the browser (web/e2e/budgets.web-spec.ts). The largest chunk is the dashboard's
    // ECharts (about 560 kB minified, 160 kB in brotli, loaded by curators and admins only).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // Everything the entry imports statically goes into one chunk. Left alone, rolldown (since 1.1.5) makes a
      // small chunk of every module the entry shares with a lazy page: 13 more requests on a first visit, which
      // on a mobile network queue behind the browser's six connections (LCP of the IKM home 3.8 s against 3.0 s).
      output: { codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] } },
      // Mantine marks its modules "use client" for React Server Components, which a browser bundle does not need.
      onLog: (level, log, handler) => log.code === 'MODULE_LEVEL_DIRECTIVE' || handler(level, log),
    },
  },
  server: {
    proxy: { '/api': API, '/health': API },
  },
});
