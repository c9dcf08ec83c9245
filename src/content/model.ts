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
  /** Plain-text prompt, for SCORM interaction descriptions and exports. */
  prompt: string;
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
  /** The final assessment's question bank, every step's in course order (build time only for now). */
  bank: BankEntry[];
}
