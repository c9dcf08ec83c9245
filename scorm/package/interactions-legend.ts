import type { CompiledCourse } from '../../src/content/model';
import { inlineToPlain } from '../../src/content/rich-text';
import type { TrackId } from '../../src/content/schema';
import { spine } from '../../src/content/spine';
import { scorm12 } from '../../src/services/lms/scorm/cmi12';
import { scorm2004 } from '../../src/services/lms/scorm/cmi2004';
import type { ScormVersion } from '../preview/moodle-rules';

/**
 * The key a teacher needs to read an LMS's interactions report. Each record's id is the question's
 * id (in SCORM 1.2 a later try adds ".2", ".3"…); its responses and right answer are option codes
 * (1.2: t / f or the option id; 2004: the option id as a short identifier). This lists, per
 * package, every question with its step and prompt and every option with its code, its text and
 * whether it is right; on the 12 h package, every question of the final assessment's bank too.
 * `npm run scorm` writes it next to the zips; the learner never sees it.
 */
export interface LegendRow {
  /** The interaction id in the LMS. */
  interaction: string;
  step: number;
  question: string;
  kind: 'single' | 'multiple' | 'truefalse' | 'ordering' | 'matching';
  /** The option as it appears in `student_response` / `learner_response` and in the right answer. */
  code: string;
  option: string;
  right: boolean;
}

export function interactionLegend(course: CompiledCourse, track: TrackId, version: ScormVersion): LegendRow[] {
  const dialect = version === 'scorm12' ? scorm12 : scorm2004;
  const questions = new Map(
    course.content
      .flatMap((step) =>
        Object.values(step.lessons).flatMap((blocks) => blocks.flatMap((b) => (b.type === 'quiz' ? b.questions : []))),
      )
      .map((q) => [q.id, q]),
  );
  const steps = new Map(course.outline.steps.map((s) => [s.id, s.number]));
  const practice = spine(course.outline, track).flatMap((lesson) =>
    lesson.questions.flatMap((q) =>
      (questions.get(q.id)?.options ?? []).map((o) => ({
        interaction: q.id,
        step: steps.get(lesson.stepId) ?? 0,
        // A compiled course's outline always has prompts (only the web build's drops them).
        question: q.prompt ?? '',
        kind: q.kind,
        code: dialect.responseCode(q.kind, o.id),
        option: inlineToPlain(o.text),
        right: o.correct,
      })),
    ),
  );
  return [...practice, ...assessmentLegend(course, track, version, steps)];
}

/**
 * The final assessment's rows: its records are named « assessment.attempt.question », so the
 * legend names them with « * » for the attempt number. Codes: options (choice, true/false),
 * items in the right order (sequencing), « pair.target » couples (matching; the right one of
 * each pair is marked right).
 */
function assessmentLegend(
  course: CompiledCourse,
  track: TrackId,
  version: ScormVersion,
  steps: Map<string, number>,
): LegendRow[] {
  const a = course.outline.assessment;
  if (!a || a.track !== track) return [];
  const code = (version === 'scorm12' ? scorm12 : scorm2004).responseCode;
  const couple = version === 'scorm12' ? '.' : '[.]';
  return course.bank.flatMap((q) => {
    const base = {
      interaction: `${a.id}.*.${q.id}`,
      step: steps.get(q.stepId) ?? 0,
      question: inlineToPlain(q.prompt),
      kind: q.kind,
    };
    if (q.kind === 'ordering')
      return q.items.map((item, i) => ({
        ...base,
        code: code(q.kind, item.id),
        option: `${i + 1}. ${inlineToPlain(item.text)}`,
        right: true,
      }));
    if (q.kind === 'matching')
      return q.pairs.flatMap((p) =>
        q.targets.map((t) => ({
          ...base,
          code: `${code(q.kind, p.id)}${couple}${code(q.kind, t.id)}`,
          option: `${inlineToPlain(p.text)} → ${inlineToPlain(t.text)}`,
          right: p.target === t.id,
        })),
      );
    return q.options.map((o) => ({
      ...base,
      code: code(q.kind, o.id),
      option: inlineToPlain(o.text),
      right: o.correct,
    }));
  });
}

const cell = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;

/**
 * The legend as a spreadsheet file: UTF-8 with a byte order mark and semicolons, which is what
 * French spreadsheet software opens without an import dialog.
 */
export function legendCsv(rows: readonly LegendRow[]): string {
  const head = ['interaction (id)', 'étape', 'question', 'type', 'code de réponse', 'option', 'bonne réponse'];
  const lines = rows.map((r) =>
    [r.interaction, r.step, r.question, r.kind, r.code, r.option, r.right ? 'oui' : 'non'].map(cell).join(';'),
  );
  return `\uFEFF${[head.map(cell).join(';'), ...lines].join('\r\n')}\r\n`;
}

/** The legend's file name, next to its package's zip. */
export function legendName(packageZip: string): string {
  return packageZip.replace(/\.zip$/, '-interactions.csv');
}
