import { z } from 'zod';
import { ROADMAP_FIELDS, TRACK_IDS } from './constants.ts';
import { compileInline, compileMarkdown, isSafeUrl, MarkdownError } from './markdown.ts';

/**
 * The single source of truth for course content. `z.input` is what authors write in
 * `courses/*.json`; `z.output` is the compiled, typed course the player renders (markdown already
 * turned into a safe tree). zod only runs at build time and in tests: the client imports types.
 */

export { ROADMAP_FIELDS, TRACK_IDS };

/** Ids key learners' saved progress and SCORM data, so they must be stable, readable slugs. */
const Id = z
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
const Markdown = compiled(compileMarkdown);
const InlineMd = compiled(compileInline);
const Plain = z.string().trim().min(1, 'must not be empty');
const SafeUrl = z.string().refine(isSafeUrl, 'must be an https: or mailto: URL');

const TextBlock = z.strictObject({ type: z.literal('text'), body: Markdown });

const ImageBlock = z
  .strictObject({
    type: z.literal('image'),
    src: z.string().regex(/^media\/[\w\-./]+\.(svg|png|jpe?g|webp)$/, 'must be a file under media/'),
    alt: z.string(),
    decorative: z.boolean().optional(),
    caption: InlineMd.optional(),
  })
  .refine((b) => b.decorative === true || b.alt.trim() !== '', {
    message: 'alt text is required (or mark the image "decorative": true)',
    path: ['alt'],
  });

const CalloutBlock = z.strictObject({
  type: z.literal('callout'),
  variant: z.enum(['info', 'key', 'tip', 'warning']),
  title: Plain.optional(),
  body: Markdown,
});

const FiguresBlock = z.strictObject({
  type: z.literal('figures'),
  id: Id,
  title: Plain,
  caption: Plain.optional(),
  unit: z.string().max(8),
  max: z.number().positive().optional(),
  data: z
    .array(z.strictObject({ label: Plain, value: z.number().finite(), note: Plain.optional() }))
    .min(1, 'needs at least one value'),
  source: Plain.describe('where the figures come from; shown under the chart'),
  sourceUrl: SafeUrl.optional(),
});

const Option = z.strictObject({
  id: Id,
  text: InlineMd,
  correct: z.boolean(),
  feedback: InlineMd.describe('why this option is right or wrong'),
});

const Question = z
  .strictObject({
    id: Id,
    kind: z.enum(['single', 'multiple', 'truefalse']),
    prompt: InlineMd,
    options: z.array(Option).min(2, 'needs at least two options'),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right === 0) ctx.addIssue({ code: 'custom', message: 'has no right answer', path: ['options'] });
    if (q.kind !== 'multiple' && right > 1)
      ctx.addIssue({ code: 'custom', message: `a ${q.kind} question has exactly one right answer`, path: ['options'] });
    if (q.kind === 'truefalse') {
      const ids = q.options
        .map((o) => o.id)
        .sort()
        .join(',');
      if (ids !== 'false,true')
        ctx.addIssue({
          code: 'custom',
          message: 'a truefalse question has exactly the options "true" and "false"',
          path: ['options'],
        });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({ code: 'custom', message: `duplicate option id "${o.id}"`, path: ['options', i, 'id'] });
      seen.add(o.id);
    });
  });

const QuizBlock = z.strictObject({
  type: z.literal('quiz'),
  id: Id,
  title: Plain.optional(),
  questions: z.array(Question).min(1, 'needs at least one question'),
});

const ReflectionBlock = z.strictObject({
  type: z.literal('reflection'),
  id: Id,
  prompt: InlineMd,
  hint: Plain.optional(),
  roadmapField: z.enum(ROADMAP_FIELDS).optional(),
  maxLength: z.number().int().min(50).max(5000).default(2000),
});

const ChecklistBlock = z.strictObject({
  type: z.literal('checklist'),
  id: Id,
  title: Plain.optional(),
  items: z.array(z.strictObject({ id: Id, text: InlineMd })).min(1),
});

const CaseBlock = z.strictObject({
  type: z.literal('case'),
  title: Plain,
  fictional: z.literal(true, 'an illustrative case must be marked "fictional": true'),
  body: Markdown,
});

const ResourcesBlock = z.strictObject({
  type: z.literal('resources'),
  title: Plain.optional(),
  items: z
    .array(
      z.strictObject({
        title: Plain,
        url: SafeUrl.optional(),
        description: InlineMd.optional(),
      }),
    )
    .min(1),
});

const RoadmapBlock = z.strictObject({
  type: z.literal('roadmap'),
  id: Id,
  intro: Markdown.optional(),
});

export const BlockSchema = z.discriminatedUnion('type', [
  TextBlock,
  ImageBlock,
  CalloutBlock,
  FiguresBlock,
  QuizBlock,
  ReflectionBlock,
  ChecklistBlock,
  CaseBlock,
  ResourcesBlock,
  RoadmapBlock,
]);

const TrackId = z.enum(TRACK_IDS);

export const LessonSchema = z.strictObject({
  id: Id,
  title: Plain,
  minutes: z.number().int().min(1).max(180),
  tracks: z.array(TrackId).min(1, 'a lesson belongs to at least one track'),
  blocks: z.array(BlockSchema).min(1, 'a lesson has at least one block'),
});

export const StepSchema = z.strictObject({
  id: Id,
  number: z.number().int().min(1).max(20),
  title: Plain,
  objective: Plain,
  lessons: z.array(LessonSchema).min(1, 'a step has at least one lesson'),
});

export const TrackSchema = z.strictObject({
  id: TrackId,
  label: Plain,
  title: Plain,
  promise: Plain,
  outcome: Plain,
  targetMinutes: z.number().int().positive(),
  passMark: z.number().min(0).max(1).optional(),
});

export const CourseFileSchema = z.strictObject({
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version like 1.0.0'),
  title: Plain,
  subtitle: Plain.optional(),
  language: z.enum(['fr', 'en']),
  publisher: Plain.optional(),
  description: Plain,
  tracks: z.array(TrackSchema).min(1),
  steps: z.array(z.string().regex(/^steps\/[\w\-]+\.json$/, 'must be a path like steps/01-name.json')).min(1),
});

export type TrackId = z.output<typeof TrackId>;
export type RoadmapField = (typeof ROADMAP_FIELDS)[number];
export type Block = z.output<typeof BlockSchema>;
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
export type Question = z.output<typeof Question>;
export type Lesson = z.output<typeof LessonSchema>;
export type Step = z.output<typeof StepSchema>;
export type Track = z.output<typeof TrackSchema>;
export type CourseFile = z.output<typeof CourseFileSchema>;
export type AuthoredStep = z.input<typeof StepSchema>;
