import type { BankQuestion, Block, DocumentField, Question, Track, TrackId } from './schema.ts';

/**
 * The compiled course as the player sees it. The outline is small and ships with the first
 * screen; each step's blocks are a separate chunk loaded when the learner opens that step.
 */
export interface QuestionOutline {
  id: string;
  kind: Question['kind'];
  /** Option ids that make the right answer, for scoring and SCORM `correct_responses`. */
  correct: string[];
  /**
   * Every option id of the question, in authored order: suspend_data writes any choice as a bit
   * mask over them (format B), so a wrong option costs no more than a right one.
   */
  options: string[];
  /**
   * Plain-text prompt, for SCORM interaction descriptions. Only the SCORM build's outline has it:
   * the standalone player shows prompts from the step chunks, so its first screen skips them.
   */
  prompt?: string;
}

export interface LessonOutline {
  id: string;
  stepId: string;
  title: string;
  minutes: number;
  tracks: TrackId[];
  /** Questions the learner must answer before the lesson counts as complete. */
  questions: QuestionOutline[];
  /**
   * Fields of the lesson whose answers are kept in the learner's journal as text (reflections,
   * exercise fields, action plans); a tagged one feeds the feuille de route or the 12 h dossier.
   */
  reflections: JournalFieldOutline[];
  hasRoadmap: boolean;
  /** The final assessment this lesson holds (its block id): complete once an attempt is submitted. */
  assessmentId?: string;
}

/** One journal text field. `maxLength` bounds its stored text (the suspend_data budget uses it). */
export interface JournalFieldOutline {
  id: string;
  prompt: string;
  maxLength: number;
  roadmapField?: DocumentField;
  /**
   * Absent: free text. `actions`: an action plan of `rows` lines (src/content/action-plan.ts),
   * which may name the free-text field it `replaces`. `replaced`: that older free-text field,
   * kept so a learner's earlier answer is still read, stored and sent to the LMS.
   */
  shape?: 'actions' | 'replaced';
  rows?: number;
  replaces?: string;
}

export interface StepOutline {
  id: string;
  number: number;
  title: string;
  objective: string;
  lessons: LessonOutline[];
}

/**
 * The final assessment as the first screen knows it: its rule, not its questions. The bank
 * itself (prompts, options, feedback, right answers) is a lazily loaded chunk.
 */
export interface AssessmentOutline {
  /** The assessment block's id: it keys the attempt and result facts. */
  id: string;
  lessonId: string;
  /** The only track that has it: the track whose `passMark` it applies. */
  track: TrackId;
  /** Ratio in [0, 1] of right answers needed to pass (the track's passMark). */
  passMark: number;
  questionsPerAttempt: number;
  /** Every step gives at least this many of its bank questions to every attempt. */
  minPerStep: number;
  /** Attempts allowed; absent: as many as the learner wants. */
  maxAttempts?: number;
  /** Changes whenever the bank's ids, steps or options change (see bankCheck in assessment/). */
  bankCheck: string;
}

export interface CourseOutline {
  id: string;
  version: string;
  title: string;
  subtitle?: string;
  language: 'fr' | 'en';
  publisher?: string;
  description: string;
  tracks: Track[];
  steps: StepOutline[];
  /** The final assessment of the track that has a pass mark, if the course has one. */
  assessment?: AssessmentOutline;
}

/**
 * What the first screen needs of the course (title, description, tracks): it ships in the
 * entry, while the outline with every lesson comes with the player's chunk.
 */
export type HomeOutline = Pick<CourseOutline, 'id' | 'title' | 'subtitle' | 'description' | 'language' | 'tracks'>;

/** The home's slice of an outline, with nothing else. */
export function homeOutline(o: CourseOutline): HomeOutline {
  const { id, title, subtitle, description, language, tracks } = o;
  return { id, title, subtitle, description, language, tracks };
}

export interface StepContent {
  stepId: string;
  lessons: Record<string, Block[]>;
}

/** A question of the final assessment's bank, tagged with the step it tests. */
export type BankEntry = BankQuestion & { stepId: string };

export interface CompiledCourse {
  outline: CourseOutline;
  content: StepContent[];
  /** The final assessment's question bank, every step's in course order (its own lazy chunk). */
  bank: BankEntry[];
}
