import type { z } from 'zod';
import type { CompiledCourse, JournalFieldOutline, LessonOutline, StepContent, StepOutline } from './model.ts';
import { assessmentRules } from './assessment-rules.ts';
import {
  CourseFileSchema,
  StepSchema,
  TRACK_IDS,
  type Block,
  type BlockOf,
  type DocumentField,
  type Step,
} from './schema.ts';
import { actionPlanMaxLength } from './action-plan.ts';
import { inlineToPlain } from './rich-text.ts';
import { COURSE_NON_TEXT_KEYS, typesetTree } from './typeset-tree.ts';

/** One problem in one authored file, printed as `file › json.path: reason`. */
export interface ContentError {
  file: string;
  path: string;
  message: string;
}

export function formatError(e: ContentError): string {
  return `${e.file} › ${e.path}: ${e.message}`;
}

export type ParseResult = { ok: true; course: CompiledCourse } | { ok: false; errors: ContentError[] };

/** `lessons[2].blocks[0].alt`, or `(root)` for the whole document. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(root)';
}

function readJson(file: string, text: string | undefined, errors: ContentError[]): unknown {
  if (text === undefined) {
    errors.push({ file, path: '(root)', message: 'file not found' });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    errors.push({ file, path: '(root)', message: `invalid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function zodErrors(file: string, error: z.ZodError): ContentError[] {
  return error.issues.map((i) => ({ file, path: jsonPath(i.path), message: i.message }));
}

/**
 * Parses a course from its files (paths relative to the course folder). Pure: the caller reads
 * the disk, so the same code serves the validator, the Vite plugin and the tests.
 */
export function parseCourse(files: ReadonlyMap<string, string>, dirLabel = ''): ParseResult {
  const errors: ContentError[] = [];
  const label = (f: string) => (dirLabel ? `${dirLabel}/${f}` : f);
  const raw = readJson(label('course.json'), files.get('course.json'), errors);
  if (raw === undefined) return { ok: false, errors };
  const course = CourseFileSchema.safeParse(raw);
  if (!course.success) return { ok: false, errors: zodErrors(label('course.json'), course.error) };

  const steps: { file: string; step: Step }[] = [];
  course.data.steps.forEach((stepFile) => {
    const data = readJson(label(stepFile), files.get(stepFile), errors);
    if (data === undefined) return;
    const parsed = StepSchema.safeParse(data);
    if (parsed.success) steps.push({ file: label(stepFile), step: parsed.data });
    else errors.push(...zodErrors(label(stepFile), parsed.error));
  });
  if (errors.length) return { ok: false, errors };

  errors.push(
    ...crossFileErrors(
      course.data.tracks.map((t) => t.id),
      steps,
    ),
  );
  if (errors.length) return { ok: false, errors };
  const assessment = assessmentRules(course.data.tracks, steps, label('course.json'));
  if (assessment.errors.length) return { ok: false, errors: assessment.errors };

  // Typography is applied once here, before the outline's plain-text copies are taken, so every
  // learner-facing string of a French course comes out typeset (see typography.ts).
  const { steps: _files, ...authored } = course.data;
  const french = authored.language === 'fr';
  const typeset = <T>(v: T): T => (french ? typesetTree(v, COURSE_NON_TEXT_KEYS) : v);
  const meta = typeset(authored);
  const typesetSteps = steps.map(({ step }) => typeset(step));
  return {
    ok: true,
    course: {
      outline: {
        ...meta,
        steps: typesetSteps.map(outlineStep),
        ...(assessment.outline ? { assessment: assessment.outline } : {}),
      },
      content: typesetSteps.map(stepContent),
      bank: typesetSteps.flatMap((step) => (step.bank ?? []).map((q) => ({ ...q, stepId: step.id }))),
    },
  };
}

/** Rules no single file can check: unique ids across the course, cumulative tracks, step order. */
function crossFileErrors(trackOrder: string[], steps: { file: string; step: Step }[]): ContentError[] {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, path: string) => {
    const first = seen.get(id);
    if (first) errors.push({ file, path, message: `duplicate id "${id}" (first used at ${first})` });
    else seen.set(id, `${file} › ${path}`);
  };
  const declared = new Set(trackOrder);
  steps.forEach(({ file, step }, si) => {
    if (step.number !== si + 1)
      errors.push({ file, path: 'number', message: `is ${step.number} but the file is step ${si + 1} in course.json` });
    claim(step.id, file, 'id');
    step.bank?.forEach((q, qi) => claim(q.id, file, `bank[${qi}].id`));
    step.lessons.forEach((lesson, li) => {
      const lp = `lessons[${li}]`;
      claim(lesson.id, file, `${lp}.id`);
      lesson.tracks.forEach((t, ti) => {
        if (!declared.has(t))
          errors.push({ file, path: `${lp}.tracks[${ti}]`, message: `track "${t}" is not declared in course.json` });
      });
      const known = lesson.tracks.map((t) => trackOrder.indexOf(t)).filter((i) => i >= 0);
      const first = known.length ? Math.min(...known) : trackOrder.length;
      const missing = trackOrder.slice(first).filter((t) => !lesson.tracks.includes(t as never));
      if (missing.length)
        errors.push({
          file,
          path: `${lp}.tracks`,
          message: `tracks are cumulative: a lesson in "${trackOrder[first]}" must also list ${missing.map((m) => `"${m}"`).join(', ')}`,
        });
      lesson.blocks.forEach((block, bi) => {
        const bp = `${lp}.blocks[${bi}]`;
        if ('id' in block) claim(block.id, file, `${bp}.id`);
        if (block.type === 'quiz') block.questions.forEach((q, qi) => claim(q.id, file, `${bp}.questions[${qi}].id`));
        if (block.type === 'exercise') block.fields.forEach((f, fi) => claim(f.id, file, `${bp}.fields[${fi}].id`));
        if (block.type === 'action-plan' && block.replaces) claim(block.replaces.id, file, `${bp}.replaces.id`);
        if (block.type === 'checklist')
          block.items.forEach((it, ii) => claim(`${block.id}/${it.id}`, file, `${bp}.items[${ii}].id`));
      });
    });
  });
  return errors;
}

function outlineStep(step: Step): StepOutline {
  return {
    id: step.id,
    number: step.number,
    title: step.title,
    objective: step.objective,
    lessons: step.lessons.map((lesson): LessonOutline => ({
      id: lesson.id,
      stepId: step.id,
      title: lesson.title,
      minutes: lesson.minutes,
      // Keep the declared order of the course, whatever order the author listed them in.
      tracks: TRACK_IDS.filter((t) => lesson.tracks.includes(t)),
      questions: lesson.blocks.flatMap((b) =>
        b.type === 'quiz'
          ? b.questions.map((q) => ({
              id: q.id,
              kind: q.kind,
              correct: q.options.filter((o) => o.correct).map((o) => o.id),
              options: q.options.map((o) => o.id),
              prompt: inlineToPlain(q.prompt),
            }))
          : [],
      ),
      reflections: lesson.blocks.flatMap((b) => {
        const field = (id: string, prompt: string, maxLength: number, roadmapField?: DocumentField) => ({
          id,
          prompt,
          maxLength,
          ...(roadmapField ? { roadmapField } : {}),
        });
        if (b.type === 'reflection') return [field(b.id, inlineToPlain(b.prompt), b.maxLength, b.roadmapField)];
        if (b.type === 'exercise')
          return b.fields.map((f) => field(f.id, inlineToPlain(f.label), f.maxLength, f.roadmapField));
        if (b.type === 'action-plan') return actionPlanFields(b);
        return [];
      }),
      hasRoadmap: lesson.blocks.some((b) => b.type === 'roadmap'),
      ...assessmentOf(lesson.blocks),
    })),
  };
}

function assessmentOf(blocks: readonly Block[]): { assessmentId?: string } {
  const a = blocks.find((b) => b.type === 'assessment');
  return a ? { assessmentId: a.id } : {};
}

/**
 * An action plan's journal field, and the free-text field it replaces if any: that one stays in
 * the outline (untagged, read-only) so an earlier answer is still decoded, kept and shown.
 */
function actionPlanFields(b: BlockOf<'action-plan'>): JournalFieldOutline[] {
  const prompt = inlineToPlain(b.prompt);
  const plan: JournalFieldOutline = {
    id: b.id,
    prompt,
    maxLength: actionPlanMaxLength(b.rows),
    ...(b.roadmapField ? { roadmapField: b.roadmapField } : {}),
    shape: 'actions',
    rows: b.rows,
    ...(b.replaces ? { replaces: b.replaces.id } : {}),
  };
  if (!b.replaces) return [plan];
  return [plan, { id: b.replaces.id, prompt, maxLength: b.replaces.maxLength, shape: 'replaced' }];
}

function stepContent(step: Step): StepContent {
  return { stepId: step.id, lessons: Object.fromEntries(step.lessons.map((l) => [l.id, l.blocks])) };
}
