import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import { findLesson, spine } from '../../../content/spine';
import type { Notice } from '../../../machines/protocol';
import type { Fact } from '../../../progress/facts';
import { decodeSuspend } from '../../../progress/suspend-codec';
import { reportKey } from './assessment-report';
import type { LmsStatusRead } from './dialect';
import type { ScormSession } from './session';

/** What the LMS remembers at launch, as facts, plus what the adapter needs to continue the attempt. */
export interface LmsMemory {
  facts: Fact[];
  notices: Notice[];
  learnerId?: string;
  status: LmsStatusRead;
  /** Assessment attempts whose answers the LMS already holds (reportKey): not written again. */
  assessed: Set<string>;
  /** Answers the LMS has already seen, by question id → attempts: their interactions are not written again. */
  answered: Map<string, number>;
  /** Where each step objective already sits in `cmi.objectives`, and how many there are. */
  objectiveIndex: Map<string, number>;
  objectiveCount: number;
  interactionCount: number;
  /** SCORM 2004: where each question's interaction already sits, so a newer answer updates it. */
  interactionIndex: Map<string, number>;
}

const count = (v: string) => (/^\d{1,5}$/.test(v) ? Number(v) : 0);

/**
 * Reads suspend_data, location and status, and turns them into facts, plus where the LMS keeps
 * the course's objectives and (2004) interactions. Nothing read here is trusted: malformed data
 * is dropped with a notice (`storage-corrupt`), ids this course version no longer has are
 * dropped with `course-updated`; nothing throws.
 */
export function readLmsMemory(session: ScormSession, outline: CourseOutline, track: TrackId | null): LmsMemory {
  const { read } = session.dialect;
  const notices: Notice[] = [];
  const decoded = decodeSuspend(outline, session.get(read.suspendData));
  if (decoded.problem === 'corrupt') notices.push('storage-corrupt');
  if (decoded.problem === 'unknown-ids') notices.push('course-updated');
  const facts = [...decoded.facts];

  const location = session.get(read.location);
  if (location && findLesson(outline, location))
    facts.push({ kind: 'bookmark', key: 'bookmark', at: decoded.at, value: location });
  else if (location && !notices.includes('course-updated')) notices.push('course-updated');

  // The LMS says the track is done but its details are lost: the lessons were completed, so the
  // learner keeps access to them and the LMS status is never taken back to "incomplete".
  const status = session.dialect.readStatus((e) => session.get(e));
  const lessonsKnown = facts.some((f) => f.kind === 'lesson');
  if (status.completed && !lessonsKnown && track)
    for (const l of spine(outline, track))
      facts.push({ kind: 'lesson', key: l.id, at: 0, value: { status: 'completed', seconds: 0 } });

  // Suspend_data lost but the LMS knows where the learner was: the package's track is theirs.
  if (track && facts.length && !facts.some((f) => f.kind === 'track'))
    facts.push({ kind: 'track', key: 'track', at: decoded.at, value: track });

  // The learner's name as the LMS gives it (« Nom, Prénom »), for the attestation; never sent back.
  const learnerName = session.get(read.learnerName).slice(0, 200);
  if (learnerName.trim()) facts.push({ kind: 'learner', key: 'lms-name', at: decoded.at, value: learnerName });

  const answered = new Map<string, number>();
  for (const f of decoded.facts) if (f.kind === 'answer') answered.set(f.key, f.value.attempts);
  const assessed = new Set(
    decoded.facts.flatMap((f) => (f.kind === 'attempt' && f.value.submitted ? [reportKey(f.key, f.value.number)] : [])),
  );

  const objectiveIndex = new Map<string, number>();
  const objectives = count(session.get(read.objectiveCount));
  for (let n = 0; n < objectives; n++) {
    const id = session.get(read.objectiveId(n));
    if (id && !objectiveIndex.has(id)) objectiveIndex.set(id, n);
  }

  const interactions = count(session.get(read.interactionCount));
  const interactionIndex = new Map<string, number>();
  if (read.interactionId)
    for (let n = 0; n < interactions; n++) {
      const id = session.get(read.interactionId(n));
      if (id) interactionIndex.set(id, n);
    }

  // Review or browse: the learner sees the attempt, and is told nothing done now reaches the LMS.
  if (session.reviewing) notices.push('lms-review');

  const learnerId = session.get(read.learnerId);
  return {
    facts,
    notices,
    ...(learnerId ? { learnerId } : {}),
    status,
    answered,
    assessed,
    objectiveIndex,
    objectiveCount: objectives,
    interactionCount: interactions,
    interactionIndex,
  };
}
