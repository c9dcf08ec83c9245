import type { TrackId } from '../../src/content/schema';
import type { ScormVersion } from './manifest-info';

/**
 * Binds the built app to one package: the app reads `at-lms` and `at-track` from index.html at
 * startup (src/app/launch.ts), so the same build serves all six packages.
 */
export function withLaunchMeta(html: string, lms: ScormVersion, track: TrackId): string {
  const tags = { 'at-lms': lms, 'at-track': track };
  let out = html;
  for (const [name, content] of Object.entries(tags)) {
    const tag = `<meta name="${name}" content="${content}" />`;
    const existing = new RegExp(`<meta\\s+name="${name}"[^>]*>`, 'i');
    if (existing.test(out)) out = out.replace(existing, tag);
    else if (/<\/head>/i.test(out)) out = out.replace(/<\/head>/i, `  ${tag}\n  </head>`);
    else throw new Error('index.html has no </head>: cannot bind it to a track');
  }
  return out;
}

/**
 * URLs starting with "/" would point at the LMS's own root instead of the package, which is
 * served under a path like /pluginfile.php/<ctx>/mod_scorm/content/<rev>/. HTML attributes and
 * CSS url() are where a build can leave them.
 */
export function rootRelativeUrls(path: string, text: string): string[] {
  const found: string[] = [];
  if (path.endsWith('.html'))
    for (const m of text.matchAll(/\s(?:src|href|action|poster|data)\s*=\s*["'](\/(?!\/)[^"']*)["']/gi))
      found.push(m[1]!);
  if (path.endsWith('.css') || path.endsWith('.html'))
    for (const m of text.matchAll(/url\(\s*["']?(\/(?!\/)[^)"']*)/gi)) found.push(m[1]!);
  return found.map((u) => `${path}: ${u}`);
}
