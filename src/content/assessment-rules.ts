import { hashSeed } from '../lib/seeded-random.ts';
import type { AssessmentOutline } from './model.ts';
import type { ContentError } from './parse.ts';
import type { BankQuestion, BlockOf, Step, Track } from './schema.ts';

/**
 * The final assessment's rules that no single file can check, and its outline: one assessment
 * in the course, held by a lesson of the one track with a pass mark, and a bank that can fill
 * every draw. Build time only: errors read `file › path: reason` like every other.
 */

interface Found {
  file: string;
  path: string;
  step: Step;
  lessonIndex: number;
  block: BlockOf<'assessment'>;
}

/**
 * A short check of the bank's shape: question ids, their steps, kinds and the ids of their
 * options, items, pairs and targets, in authored order. An attempt stores answers as indices in
 * that order and is drawn from that list, so any change here makes a saved attempt void.
 */
export function bankCheck(steps: readonly Step[]): string {
  const shape = steps
    .flatMap((s) => (s.bank ?? []).map((q) => [s.id, q.id, q.kind, ...partIds(q)].join(',')))
    .join(';');
  return hashSeed(shape).toString(36).padStart(7, '0');
}

function partIds(q: BankQuestion): string[] {
  if (q.kind === 'ordering') return q.items.map((i) => i.id);
  if (q.kind === 'matching') return [...q.pairs.map((p) => `${p.id}>${p.target}`), ...q.targets.map((t) => t.id)];
  return q.options.map((o) => `${o.id}${o.correct ? '+' : ''}`);
}

export function assessmentRules(
  tracks: readonly Track[],
  steps: readonly { file: string; step: Step }[],
  courseFile: string,
): { errors: ContentError[]; outline?: AssessmentOutline } {
  const errors: ContentError[] = [];
  const found: Found[] = [];
  for (const { file, step } of steps)
    step.lessons.forEach((lesson, li) =>
      lesson.blocks.forEach((block, bi) => {
        if (block.type === 'assessment')
          found.push({ file, path: `lessons[${li}].blocks[${bi}]`, step, lessonIndex: li, block });
      }),
    );
  const marked = tracks.flatMap((t, i) => (t.passMark !== undefined ? [{ track: t, index: i }] : []));

  found.slice(1).forEach((f) =>
    errors.push({
      file: f.file,
      path: f.path,
      message: `a course has one final assessment (the first is in ${found[0]!.file} › ${found[0]!.path})`,
    }),
  );
  if (!found.length) {
    for (const { index } of marked)
      errors.push({
        file: courseFile,
        path: `tracks[${index}].passMark`,
        message: 'a track with a pass mark needs an "assessment" block in one of its lessons',
      });
    return { errors };
  }

  const a = found[0]!;
  const lesson = a.step.lessons[a.lessonIndex]!;
  const holder = marked.length === 1 ? marked[0]!.track : undefined;
  if (!holder) {
    errors.push({
      file: a.file,
      path: a.path,
      message: `the assessment needs exactly one track with a passMark (found ${marked.length})`,
    });
    return { errors };
  }
  if (lesson.tracks.length !== 1 || lesson.tracks[0] !== holder.id)
    errors.push({
      file: a.file,
      path: `lessons[${a.lessonIndex}].tracks`,
      message: `a lesson holding the assessment belongs to the track with the pass mark only ("${holder.id}")`,
    });

  const { questionsPerAttempt, minPerStep } = a.block;
  let total = 0;
  for (const { file, step } of steps) {
    const count = step.bank?.length ?? 0;
    total += count;
    if (count < minPerStep)
      errors.push({
        file,
        path: 'bank',
        message: `has ${count} question(s); the assessment draws at least ${minPerStep} from every step`,
      });
  }
  if (minPerStep * steps.length > questionsPerAttempt)
    errors.push({
      file: a.file,
      path: `${a.path}.minPerStep`,
      message: `${minPerStep} from each of ${steps.length} steps is more than questionsPerAttempt (${questionsPerAttempt})`,
    });
  if (questionsPerAttempt > total)
    errors.push({
      file: a.file,
      path: `${a.path}.questionsPerAttempt`,
      message: `is more than the ${total} questions of the bank`,
    });
  if (errors.length) return { errors };

  return {
    errors,
    outline: {
      id: a.block.id,
      lessonId: lesson.id,
      track: holder.id,
      passMark: holder.passMark!,
      questionsPerAttempt,
      minPerStep,
      ...(a.block.maxAttempts !== undefined ? { maxAttempts: a.block.maxAttempts } : {}),
      bankCheck: bankCheck(steps.map((s) => s.step)),
    },
  };
}
