// Compiles the server into server/dist for `npm start` and production:
// plain JavaScript that Node runs without TypeScript tooling. esbuild bundles
// the server with the workspace packages it imports (shared, scenarios: they
// ship TypeScript sources), and leaves every npm package as an import,
// resolved from node_modules at run time (better-sqlite3 is native).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.dirname(fileURLToPath(import.meta.url));

/** A bare import that is not one of the workspace's own packages stays external. */
const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@borderline/')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const started = performance.now();
const result = await build({
  absWorkingDir: serverDir,
  // The what-if worker is its own entry, beside main.js, where what-if-thread looks for it.
  entryPoints: { main: 'src/main.ts', 'what-if-worker': 'src/what-if/what-if-worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [externalPackages],
});
const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'));
const bytes = files.reduce((sum, file) => sum + result.metafile.outputs[file].bytes, 0);
console.log(
  `server built: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in server/dist, ${Math.round(performance.now() - started)} ms`,
);
