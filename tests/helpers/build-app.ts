import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the app into `outDir` (absolute: vite's root is src/), optionally from another course
 * folder. Tests that need a second version or a hostile course build it themselves.
 */
export function buildApp(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const vite = resolve('node_modules/vite/bin/vite.js');
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--outDir', resolve(outDir), '--emptyOutDir', '--logLevel', 'error'],
      {
        // NODE_ENV: vitest sets it to `test`, and Vite then bundles React's development build
        // (StrictMode's double effects, dev-only checks): tests must run what ships.
        env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`vite build failed (${code}):\n${err}`))));
  });
}
