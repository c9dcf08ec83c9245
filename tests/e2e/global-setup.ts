import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../helpers/static-server';

/**
 * Serves the built standalone app (dist/web) for the e2e tests, on a port the system picks (0), so
 * `npm start` (4173) and another suite running beside this one never compete for it. The build
 * itself is a separate step of `npm test`, so a test run never rebuilds behind your back.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is missing: run `npm run build` first');
  const server = await serveStatic('dist/web');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
