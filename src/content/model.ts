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
   * Free-text fields of the lesson (reflections and exercise fields), whose answers are kept in
   * the learner's journal; a tagged one feeds the feuille de route or the 12 h dossier.
   */
  reflections: { id: string; prompt: string; maxLength: number; roadmapField?: DocumentField }[];
  hasRoadmap: boolean;
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
  /** The final assessment's question bank, every step's in course order (build time only for now). */
  bank: BankEntry[];
}
