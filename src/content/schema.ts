import { z } from 'zod';
import { DOCUMENT_FIELDS, DOCUMENTS, DOSSIER_FIELDS, ROADMAP_FIELDS, TRACK_IDS } from './constants.ts';
import { DEFAULT_ACTION_ROWS } from './action-plan.ts';
import { ActivityMinutes, DocumentField, Id, InlineMd, Markdown, Plain, SafeUrl } from './schema-fields.ts';
import { BankQuestionSchema, Question } from './schema-questions.ts';

/**
 * The single source of truth for course content. `z.input` is what authors write in
 * `courses/*.json`; `z.output` is the compiled, typed course the player renders (markdown already
 * turned into a safe tree). zod only runs at build time and in tests: the client imports types.
 */

export { DOCUMENT_FIELDS, DOCUMENTS, DOSSIER_FIELDS, ROADMAP_FIELDS, TRACK_IDS };

export { BankQuestionSchema };

const TextBlock = z.strictObject({ type: z.literal('text'), body: Markdown });

const ImageBlock = z
  .strictObject({
    type: z.literal('image'),
    src: z.string().regex(/^media\/[\w\-./]+\.(svg|png|jpe?g|webp)$/, 'must be a file under media/'),
    alt: z.string(),
    decorative: z.boolean().optional(),
    caption: InlineMd.optional(),
    /**
     * The long text alternative of an image that carries information (a diagram): what the alt
     * cannot say in a sentence, offered right under the image (RGAA 1.6). Not counted in the
     * lesson's reading time: it restates the image.
     */
    description: Markdown.optional(),
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
  roadmapField: DocumentField.optional(),
  maxLength: z.number().int().min(50).max(5000).default(2000),
  minutes: ActivityMinutes.optional(),
});

/**
 * An exercise that produces something (a stakeholder map, a cadrage grid, a plan): instructions,
 * then several free-text fields saved to the journal like reflections. A field tagged with a
 * document field feeds the feuille de route or the 12 h dossier.
 */
const ExerciseBlock = z.strictObject({
  type: z.literal('exercise'),
  id: Id,
  title: Plain,
  instructions: Markdown,
  minutes: ActivityMinutes,
  fields: z
    .array(
      z.strictObject({
        id: Id,
        label: InlineMd,
        hint: Plain.optional(),
        roadmapField: DocumentField.optional(),
        maxLength: z.number().int().min(50).max(5000).default(1500),
      }),
    )
    .min(1, 'an exercise has at least one field'),
});

/**
 * A short action plan: `rows` lines of action, échéance and qui (« Mes 3 prochaines actions »),
 * kept as one journal entry (src/content/action-plan.ts). `replaces` names the free-text
 * reflection this block took over from, with that reflection's maxLength: a learner's answer
 * there is kept, still shown beside the lines and in the documents, never silently dropped.
 */
const ActionPlanBlock = z.strictObject({
  type: z.literal('action-plan'),
  id: Id,
  prompt: InlineMd,
  hint: Plain.optional(),
  roadmapField: DocumentField.optional(),
  rows: z.number().int().min(1).max(5).default(DEFAULT_ACTION_ROWS),
  replaces: z.strictObject({ id: Id, maxLength: z.number().int().min(50).max(5000) }).optional(),
  minutes: ActivityMinutes.optional(),
});

const ChecklistBlock = z.strictObject({
  type: z.literal('checklist'),
  id: Id,
  title: Plain.optional(),
  items: z.array(z.strictObject({ id: Id, text: InlineMd })).min(1),
  minutes: ActivityMinutes.optional(),
});

const CaseBlock = z.strictObject({
  type: z.literal('case'),
  title: Plain,
  fictional: z.literal(true, 'an illustrative case must be marked "fictional": true'),
  body: Markdown,
  /** Minutes to read and work the case, when it asks more of the learner than its reading. */
  minutes: ActivityMinutes.optional(),
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
  /** Which document this screen gathers: the 4 h feuille de route or the 12 h dossier. */
  document: z.enum(DOCUMENTS).default('feuille-de-route'),
  intro: Markdown.optional(),
  minutes: ActivityMinutes.optional(),
});

/**
 * The final assessment of the track that has a pass mark (12 h): a closing lesson holds it. Its
 * questions are the steps' `bank`s; each attempt draws `questionsPerAttempt` of them, at least
 * `minPerStep` from every step, and its pass mark is the track's `passMark`. Rules that span
 * files (the bank can fill the draw, one assessment, the right track) are checked in parse.ts.
 */
const AssessmentBlock = z
  .strictObject({
    type: z.literal('assessment'),
    id: Id,
    questionsPerAttempt: z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'),
    minPerStep: z.number().int().min(0).max(20, 'must be at most 20'),
    maxAttempts: z.number().int().min(1, 'must be at least 1').max(255, 'must be at most 255').optional(),
  })
  .refine((b) => b.minPerStep <= b.questionsPerAttempt, {
    message: 'cannot exceed questionsPerAttempt',
    path: ['minPerStep'],
  });

export const BlockSchema = z.discriminatedUnion('type', [
  TextBlock,
  ImageBlock,
  CalloutBlock,
  FiguresBlock,
  QuizBlock,
  ReflectionBlock,
  ExerciseBlock,
  ActionPlanBlock,
  ChecklistBlock,
  CaseBlock,
  ResourcesBlock,
  RoadmapBlock,
  AssessmentBlock,
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
  /** This step's questions for the 12 h final assessment; never shown as practice. */
  bank: z.array(BankQuestionSchema).optional(),
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
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];
export type Block = z.output<typeof BlockSchema>;
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;
export type Question = z.output<typeof Question>;
export type BankQuestion = z.output<typeof BankQuestionSchema>;
export type Lesson = z.output<typeof LessonSchema>;
export type Step = z.output<typeof StepSchema>;
export type Track = z.output<typeof TrackSchema>;
export type CourseFile = z.output<typeof CourseFileSchema>;
export type AuthoredStep = z.input<typeof StepSchema>;
