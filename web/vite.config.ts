import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The gateway serves the built app at `/` beside `/graphql`; the dev server passes `/graphql`
// on to a running gateway (`npm start`), so the app asks the same path either way.
export default defineConfig({
  plugins: [react()],
  // @registers/client is read from its TypeScript source, as in tsc, tsx and vitest. React is
  // this app's own (web/node_modules): the repository root has the gateway's React 18 (GraphiQL's),
  // which Designsystemet, installed at the root, would otherwise get, and two Reacts fail (#525).
  resolve: { conditions: ['@registers/source'], dedupe: ['react', 'react-dom'] },
  server: {
    proxy: { '/graphql': process.env['GATEWAY_URL'] ?? 'http://localhost:4000' },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
