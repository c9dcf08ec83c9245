import type { CompiledCourse } from './model.ts';
import { inlineToPlain } from './rich-text.ts';
import type { Question, TrackId } from './schema.ts';
import { spine } from './spine.ts';

/**
 * Patterns that give a quiz's answers away without knowing the subject (issue 12, content brief
 * « Writing quizzes that test »), measured over a track's practice quizzes (not the assessment
 * bank). Build time and tests only.
 */

/** The most a track may show of each pattern (issue 12); repeats of one notion: none. */
export const QUIZ_BOUNDS = { answerFalse: 0.6, rightIsLongest: 0.4, allButOne: 0.5, repeats: 0 } as const;

/** Weighted Jaccard index from which two prompts, or two right answers, say the same thing. */
export const SAME_NOTION_SIMILARITY = 0.5;
/** Right answers must share this many content words to count as one statement (see sameNotion). */
export const SAME_ANSWER_WORDS = 4;

/** A practice question as the patterns read it: plain text, in track order. */
export interface PracticeQuestion {
  id: string;
  lessonId: string;
  kind: Question['kind'];
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
}

export interface Share {
  count: number;
  hits: number;
  /** hits / count, 0 when there is no question of the kind. */
  share: number;
}

export interface Repeat {
  a: string;
  b: string;
  /** Whether the prompts or the right answers are alike. */
  by: 'prompt' | 'answer';
  similarity: number;
  /** The content words both questions use, for a reviewer to judge. */
  shared: string[];
}

export interface QuizPatterns {
  questions: number;
  /** True/false questions whose right answer is « Faux » (straw men are easy to spot). */
  answerFalse: Share;
  /** Single-choice questions whose right answer is the longest option (see `longestIsRight`). */
  rightIsLongest: Share;
  /** Multiple-choice questions where every option but one is right (« spot the odd one »). */
  allButOne: Share;
  /** Pairs of questions of the track that ask the same notion (see `sameNotion`). */
  repeats: Repeat[];
}

const share = (count: number, hits: number): Share => ({ count, hits, share: count ? hits / count : 0 });

/** Characters of an option's plain text, spaces of any kind left out so typography never counts. */
export function optionLength(text: string): number {
  return [...text.replace(/\s/gu, '')].length;
}

/** The right option is strictly longer than every other option (single choice only). */
export function longestIsRight(q: PracticeQuestion): boolean {
  const right = q.options.filter((o) => o.correct);
  if (q.kind !== 'single' || right.length !== 1) return false;
  const len = optionLength(right[0]!.text);
  return q.options.every((o) => o.correct || optionLength(o.text) < len);
}

/** A multiple-choice question with at least 3 options of which all but one are right. */
export function isAllButOne(q: PracticeQuestion): boolean {
  const right = q.options.filter((o) => o.correct).length;
  return q.kind === 'multiple' && q.options.length >= 3 && right === q.options.length - 1;
}

// French function words and quiz boilerplate, which say nothing of the notion asked.
const STOP = new Set(
  (
    'les des une est sont dans par pour que qui quoi quel quelle quels quelles avec sans sur aux ' +
    'son ses leur leurs vos votre nos notre cette ces cet elle elles ils lui eux mais ou donc car ' +
    'pas plus moins tres tout tous toute toutes fait faire font etre avoir peut peuvent doit ' +
    'comme aussi bien souvent avant apres entre chez lors selon parmi ceci cela celui celle ' +
    'plusieurs reponses possibles lesquelles lesquels laquelle lequel vrai faux cas lecon ' +
    'quand comment pourquoi dont ainsi deja encore seul seule seuls seulement surtout toujours'
  ).split(' '),
);

/** Content words of a text: accents off, lower case, no short or function words, plural -s/-x off. */
export function contentWords(text: string): Set<string> {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => w.replace(/(?<=\p{L}{3})[sx]$/u, ''));
  return new Set(words);
}

/** The content words of a question's prompt, and of its right answers (none for true/false). */
export function notionWords(q: PracticeQuestion): { prompt: Set<string>; answer: Set<string> } {
  const right = q.kind === 'truefalse' ? [] : q.options.filter((o) => o.correct).map((o) => o.text);
  return { prompt: contentWords(q.prompt), answer: contentWords(right.join(' ')) };
}

/**
 * Weight of each word across a track's questions: smoothed inverse document frequency,
 * ln(1 + N / df). A word of the whole course (« partenariat », « alliance ») weighs little, a
 * word only two questions use (« facilitateur ») much, so sharing it says more.
 */
export function wordWeights(signatures: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const sig of signatures) for (const w of sig) df.set(w, (df.get(w) ?? 0) + 1);
  return new Map([...df].map(([w, n]) => [w, Math.log(1 + signatures.length / n)]));
}

/** Weighted Jaccard index: weight of the shared words over the weight of all the words. */
function similarity(a: Set<string>, b: Set<string>, weights: ReadonlyMap<string, number>) {
  const weight = (ws: Iterable<string>) => [...ws].reduce((sum, w) => sum + (weights.get(w) ?? 1), 0);
  const shared = [...a].filter((w) => b.has(w));
  const all = weight(new Set([...a, ...b]));
  return { shared, value: all ? weight(shared) / all : 0 };
}

/**
 * Two questions ask the same notion when
 * - their prompts are near duplicates (similarity ≥ SAME_NOTION_SIMILARITY), or
 * - their right answers say the same thing: similarity ≥ SAME_NOTION_SIMILARITY and at least
 *   SAME_ANSWER_WORDS shared words, so a statement counts but a shared label does not (two
 *   situations both answered « Le mécénat » test one notion each, applied twice on purpose).
 * Measured on this course before its rewrite, this found the 4 repeats a reader saw and no
 * other pair; the nearest miss was two questions answered « Les pratiques responsables ».
 */
export function sameNotion(
  a: PracticeQuestion,
  b: PracticeQuestion,
  weights: ReadonlyMap<string, number>,
): Repeat | null {
  const wa = notionWords(a);
  const wb = notionWords(b);
  const prompt = similarity(wa.prompt, wb.prompt, weights);
  if (prompt.value >= SAME_NOTION_SIMILARITY)
    return { a: a.id, b: b.id, by: 'prompt', similarity: prompt.value, shared: prompt.shared };
  const answer = similarity(wa.answer, wb.answer, weights);
  if (answer.value >= SAME_NOTION_SIMILARITY && answer.shared.length >= SAME_ANSWER_WORDS)
    return { a: a.id, b: b.id, by: 'answer', similarity: answer.value, shared: answer.shared };
  return null;
}

/** The patterns of a list of practice questions (one track's, in order). */
export function quizPatterns(questions: readonly PracticeQuestion[]): QuizPatterns {
  const of = (kind: Question['kind']) => questions.filter((q) => q.kind === kind);
  const tf = of('truefalse');
  const weights = wordWeights(
    questions.map((q) => {
      const w = notionWords(q);
      return new Set([...w.prompt, ...w.answer]);
    }),
  );
  const repeats: Repeat[] = [];
  questions.forEach((a, i) =>
    questions.slice(i + 1).forEach((b) => {
      const r = sameNotion(a, b, weights);
      if (r) repeats.push(r);
    }),
  );
  return {
    questions: questions.length,
    answerFalse: share(tf.length, tf.filter((q) => q.options.some((o) => o.id === 'false' && o.correct)).length),
    rightIsLongest: share(of('single').length, of('single').filter(longestIsRight).length),
    allButOne: share(of('multiple').length, of('multiple').filter(isAllButOne).length),
    repeats,
  };
}

/** Each bound of QUIZ_BOUNDS the patterns exceed, in words; empty when the quizzes pass. */
export function boundViolations(p: QuizPatterns): string[] {
  const out: string[] = [];
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const check = (s: Share, bound: number, what: string) => {
    if (s.share > bound) out.push(`${what}: ${s.hits} of ${s.count} (${pct(s.share)} > ${pct(bound)})`);
  };
  check(p.answerFalse, QUIZ_BOUNDS.answerFalse, 'true/false answered « Faux »');
  check(p.rightIsLongest, QUIZ_BOUNDS.rightIsLongest, 'single choice whose right answer is the longest');
  check(p.allButOne, QUIZ_BOUNDS.allButOne, 'multiple choice of the « all but one » shape');
  for (const r of p.repeats.slice(QUIZ_BOUNDS.repeats))
    out.push(`same notion asked twice: ${r.a} and ${r.b} (${r.shared.join(', ')})`);
  return out;
}

/** A track's practice questions, in the order its learner meets them. */
export function practiceQuestions(course: CompiledCourse, track: TrackId): PracticeQuestion[] {
  const blocks = new Map(course.content.flatMap((s) => Object.entries(s.lessons)));
  return spine(course.outline, track).flatMap((lesson) =>
    (blocks.get(lesson.id) ?? []).flatMap((b) =>
      b.type === 'quiz'
        ? b.questions.map((q) => ({
            id: q.id,
            lessonId: lesson.id,
            kind: q.kind,
            prompt: inlineToPlain(q.prompt),
            options: q.options.map((o) => ({ id: o.id, text: inlineToPlain(o.text), correct: o.correct })),
          }))
        : [],
    ),
  );
}

/** The patterns of every track of a course, keyed by track id (`validate --stats`). */
export function coursePatterns(course: CompiledCourse): Record<string, QuizPatterns> {
  return Object.fromEntries(course.outline.tracks.map((t) => [t.id, quizPatterns(practiceQuestions(course, t.id))]));
}
