import { z } from 'zod';
import { DOCUMENT_FIELDS } from './constants.ts';
import { compileInline, compileMarkdown, isSafeUrl, MarkdownError } from './markdown.ts';

/**
 * The field types every part of the course schema (schema.ts, schema-questions.ts) is built
 * from: ids, markdown compiled to the safe tree, plain text, safe URLs, declared minutes.
 * Build time only, like the rest of the schema.
 */

/** Ids key learners' saved progress and SCORM data, so they must be stable, readable slugs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, single dashes)')
  .max(60, 'must be at most 60 characters');

function compiled<T>(compile: (s: string) => T) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .transform((s, ctx) => {
      try {
        return compile(s);
      } catch (e) {
        if (!(e instanceof MarkdownError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message });
        return z.NEVER;
      }
    });
}
export const Markdown = compiled(compileMarkdown);
export const InlineMd = compiled(compileInline);
export const Plain = z.string().trim().min(1, 'must not be empty');
export const SafeUrl = z.string().refine(isSafeUrl, 'must be an https: or mailto: URL');
/**
 * Minutes an activity takes a learner, declared by the author (content brief, « Durations »: a
 * paragraph to write 5–10 min, a grid or plan to fill 15–30 min). Feeds the duration estimate.
 */
export const ActivityMinutes = z.number().int().min(1, 'must be at least 1').max(60, 'must be at most 60');
export const DocumentField = z.enum(DOCUMENT_FIELDS);
