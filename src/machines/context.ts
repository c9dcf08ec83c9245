import type { CourseOutline } from '../content/model';
import type { TrackId } from '../content/schema';
import type { Progress } from '../progress/facts';
import type { LmsStatus, Notice, SaveStatus } from './protocol';

export interface PlayerInput {
  outline: CourseOutline;
  /** Where the URL asked to land on load (a lesson id), if anywhere. */
  initialLessonId?: string | null;
  /** A SCORM package is bound to one track: the learner cannot pick another. */
  lockedTrack?: TrackId | null;
}

export interface PlayerContext {
  outline: CourseOutline;
  progress: Progress;
  /** Stable key of the learner (see LoadedProgress.learnerKey); '' until progress is loaded. */
  learnerKey: string;
  /** The lesson on screen (learning) or last shown. */
  lessonId: string | null;
  /** The current lesson was scrolled to its end during this visit or an earlier one. */
  viewedEnd: boolean;
  /** When the current lesson visit (re)started, for time-spent accounting. */
  enteredAt: number;
  initialLessonId: string | null;
  lockedTrack: TrackId | null;
  save: SaveStatus;
  lms: LmsStatus;
  notices: Notice[];
  /** Lessons still to finish when the learner tried to end the track. */
  incomplete: string[];
  error: string | null;
}

/** The context before progress is loaded: nothing learned yet, nothing on screen. */
export function initialContext(input: PlayerInput): PlayerContext {
  return {
    outline: input.outline,
    progress: {},
    learnerKey: '',
    lessonId: null,
    viewedEnd: false,
    enteredAt: 0,
    initialLessonId: input.initialLessonId ?? null,
    lockedTrack: input.lockedTrack ?? null,
    save: 'idle',
    lms: 'none',
    notices: [],
    incomplete: [],
    error: null,
  };
}
