import type { TrackId } from '../content/schema';
import type { AssessmentCommand, AssessmentReport } from './assessment.machine';
import type { ActorReport } from './protocol';

export type PlayerEvent =
  | { type: 'track.select'; track: TrackId }
  | { type: 'track.switch'; track: TrackId }
  | { type: 'progress.resume' }
  | { type: 'nav.next' }
  | { type: 'nav.prev' }
  | { type: 'nav.goTo'; lessonId: string }
  | { type: 'nav.map' }
  | { type: 'nav.home' }
  | { type: 'lesson.viewedEnd' }
  | { type: 'quiz.submit'; questionId: string; choice: string[] }
  | { type: 'reflection.save'; reflectionId: string; text: string }
  | { type: 'checklist.toggle'; checklistId: string; itemId: string; checked: boolean }
  /** The tab is hidden or the page is going away: account time spent and checkpoint. */
  | { type: 'session.pause' }
  /** The page goes away, or (`byLearner`) the learner pressed « Quitter »: close the LMS session once. */
  | { type: 'session.quit'; byLearner?: boolean }
  | { type: 'notice.dismiss'; notice: string }
  /** « Mettre à jour »: reload into the waiting new version once every fact is written. */
  | { type: 'update.apply' }
  /** The final assessment: start an attempt, answer a drawn question, submit (see assessment.machine.ts). */
  | AssessmentCommand
  | AssessmentReport
  | ActorReport;
