import type { Inline, RichText } from './rich-text.ts';
import { typesetFrench, typesetInline, typesetRich } from './typography.ts';

/**
 * Keys of the course whose strings are machine values a learner never reads: ids, URLs and
 * paths, enums, versions. Every other string of the course is text and gets French typography,
 * so a field added to the schema later is typeset unless it is named here.
 */
export const COURSE_NON_TEXT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'type',
  't',
  'kind',
  'variant',
  'href',
  'src',
  'url',
  'sourceUrl',
  'roadmapField',
  'document',
  'target',
  'tracks',
  'correct',
  'version',
  'language',
  'stepId',
  'steps',
]);

const INLINE = new Set(['text', 'strong', 'em', 'link']);
const RICH = new Set(['p', 'ul', 'ol']);
const tagged = (xs: unknown[], tags: Set<string>) =>
  xs.length > 0 && xs.every((x) => typeof x === 'object' && x !== null && tags.has((x as { t?: string }).t ?? ''));

/**
 * A copy of `value` (plain JSON data: the parsed course, a locale file) with French typography
 * applied to every text string: compiled markdown as runs (see typesetInline), any other string
 * on its own. Strings under a key of `nonText` (directly or in an array) are kept as they are.
 */
export function typesetTree<T>(value: T, nonText: ReadonlySet<string> = new Set()): T {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return nonText.has(key) ? v : typesetFrench(v);
    if (Array.isArray(v)) {
      if (tagged(v, RICH)) return typesetRich(v as RichText);
      if (tagged(v, INLINE)) return typesetInline(v as Inline[]);
      return v.map((x) => walk(x, key));
    }
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(value, '') as T;
}
