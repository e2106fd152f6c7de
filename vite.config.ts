// Builds the web app (web/src → web/dist). JSX goes through esbuild's automatic runtime:
// the production build needs no Babel pass, and fast refresh is not worth a dependency.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'web'),
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: resolve(import.meta.dirname, 'web/dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // zod places /*#__PURE__*/ comments where Rollup cannot use them; they are harmless.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
