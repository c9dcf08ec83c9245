import { renderToString } from 'react-dom/server';
import type { HomeOutline } from '../content/model';
import { initI18n } from '../i18n/i18n';
import { BootRoot } from './boot';

/**
 * The first screen as static HTML, run at build time by tools/vite-plugin-prerender.ts: the
 * very tree the entry hydrates (BootRoot) for a standalone launch, so both render the same.
 */
export function renderFirstScreen(course: HomeOutline): string {
  return renderToString(<BootRoot i18n={initI18n()} course={course} launch={{ lms: 'none', track: null }} />);
}
