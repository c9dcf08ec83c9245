import { z } from 'zod';
import { Id, InlineMd } from './schema-fields.ts';

/**
 * The questions of the course schema: the practice kinds (single, multiple, true/false) that
 * quizzes and the assessment share, and the assessment-only kinds (matching, ordering).
 */

const Option = z.strictObject({
  id: Id,
  text: InlineMd,
  correct: z.boolean(),
  feedback: InlineMd.describe('why this option is right or wrong'),
});

export const Question = z
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

/** Option ids must be unique within a question: answers and SCORM responses are keyed by them. */
function uniqueIds(list: readonly { id: string }[], key: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((o, i) => {
    if (seen.has(o.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${o.id}"`, path: [key, i, 'id'] });
    seen.add(o.id);
  });
}

/**
 * Assessment only: match each situation (`pairs`) to one of the `targets` (a partnership type, an
 * effect, an approach…). Tests application rather than recall. SCORM interaction type `matching`.
 */
const MatchingQuestion = z
  .strictObject({
    id: Id,
    kind: z.literal('matching'),
    prompt: InlineMd,
    targets: z.array(z.strictObject({ id: Id, text: InlineMd })).min(2, 'needs at least two targets'),
    pairs: z
      .array(z.strictObject({ id: Id, text: InlineMd, target: Id, feedback: InlineMd }))
      .min(2, 'needs at least two pairs')
      .max(6, 'at most 6 pairs fit one screen'),
  })
  .superRefine((q, ctx) => {
    const targets = new Set(q.targets.map((t) => t.id));
    q.pairs.forEach((p, i) => {
      if (!targets.has(p.target))
        ctx.addIssue({
          code: 'custom',
          message: `target "${p.target}" is not one of the targets`,
          path: ['pairs', i, 'target'],
        });
    });
    uniqueIds(q.targets, 'targets', ctx);
    uniqueIds(q.pairs, 'pairs', ctx);
  });

/**
 * Assessment only: put the items in order (the stages of a démarche…). Authored in the right
 * order; the player shuffles them. Each item's feedback explains its place. SCORM `sequencing`.
 */
const OrderingQuestion = z
  .strictObject({
    id: Id,
    kind: z.literal('ordering'),
    prompt: InlineMd,
    items: z
      .array(z.strictObject({ id: Id, text: InlineMd, feedback: InlineMd }))
      .min(3, 'needs at least three items')
      .max(7, 'at most 7 items'),
  })
  .superRefine((q, ctx) => uniqueIds(q.items, 'items', ctx));

/**
 * A question of the final assessment's bank. A step's bank lives in its own step file, so every
 * question is tagged by the step it tests. Kinds: the practice kinds, plus matching and ordering.
 */
export const BankQuestionSchema = z.discriminatedUnion('kind', [Question, MatchingQuestion, OrderingQuestion]);
