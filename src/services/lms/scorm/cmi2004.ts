import { rawApi2004, type Scorm2004Api } from './api';
import { decimal, oneLine, ratioOf, type CmiDialect, type InteractionRecord, type Pairs } from './dialect';
import { scorm2004Duration, scorm2004Timestamp } from './time-format';

/**
 * SCORM 2004 (4th edition) names and formats. Moodle's 2004 data model reads choice responses as
 * short identifiers (`[\w.]`), so option ids have their dashes written as underscores there.
 * Interactions are readable in 2004: each question has one record, its id the question's id,
 * and a later answer updates it in place.
 */
const shortId = (id: string) => id.replace(/[^\w.]/g, '_');
const choices = (ids: string[]) => ids.map(shortId).join('[,]');
/** A matching couple « pair.target » as Moodle's 2004 data model reads it: short ids joined by [.]. */
const couple = (pairTarget: string) => pairTarget.split('.').map(shortId).join('[.]');

/** SCORM 2004 interaction types (RTE 4.2.9.1). */
const TYPE_2004 = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
} as const;

/** A response or pattern in the type's format: [,] between parts, [.] inside a matching couple. */
function pattern(kind: InteractionRecord['kind'], ids: string[]): string {
  if (kind === 'truefalse') return ids[0] ?? 'true';
  if (kind === 'matching') return ids.map(couple).join('[,]');
  return choices(ids);
}

export const scorm2004: CmiDialect = {
  kind: 'scorm2004',
  apiName: 'API_1484_11',
  raw: (api) => rawApi2004(api as Scorm2004Api),
  suspendLimit: 64000,
  dataErrors: new Set(['201', '351', '401', '402', '403', '404', '405', '406', '407', '408']),
  read: {
    entry: 'cmi.entry',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    learnerId: 'cmi.learner_id',
    learnerName: 'cmi.learner_name',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (n) => `cmi.objectives.${n}.id`,
    interactionCount: 'cmi.interactions._count',
    interactionId: (n) => `cmi.interactions.${n}.id`,
    mode: 'cmi.mode',
  },
  readStatus(get) {
    const success = get('cmi.success_status');
    return {
      // Content completed but the assessment failed is not done: a retake must resume the attempt.
      completed: get('cmi.completion_status') === 'completed' && success !== 'failed',
      success: success === 'passed' || success === 'failed' ? success : null,
      score: ratioOf(get('cmi.score.scaled'), 1),
    };
  },
  location: (lessonId) => [['cmi.location', lessonId]],
  progress: (done, total, success) => [
    ...(success ? ([['cmi.success_status', success]] as Pairs) : []),
    ['cmi.completion_status', 'incomplete'],
    ['cmi.progress_measure', decimal(total ? done / total : 0, 4)],
  ],
  complete: (success) => [
    ['cmi.completion_status', 'completed'],
    ['cmi.progress_measure', '1'],
    ...(success ? ([['cmi.success_status', success]] as Pairs) : []),
  ],
  score: (ratio) => [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', decimal(ratio * 100, 2)],
    ['cmi.score.scaled', decimal(ratio, 4)],
  ],
  objective: (n, o) => [
    [`cmi.objectives.${n}.id`, o.id],
    [`cmi.objectives.${n}.description`, oneLine(o.title, 250)],
    [`cmi.objectives.${n}.completion_status`, o.status],
    [`cmi.objectives.${n}.progress_measure`, decimal(o.total ? o.done / o.total : 1, 4)],
  ],
  responseCode: (kind, id) => (kind === 'truefalse' ? id : shortId(id)),
  interaction(n, ix) {
    const p = `cmi.interactions.${n}`;
    const pairs: Pairs = [
      [`${p}.id`, ix.id],
      [`${p}.type`, TYPE_2004[ix.kind]],
      [`${p}.objectives.0.id`, ix.objectiveId],
      [`${p}.timestamp`, scorm2004Timestamp(ix.at)],
      [`${p}.weighting`, '1'],
      [`${p}.correct_responses.0.pattern`, pattern(ix.kind, ix.correct)],
    ];
    pairs.push(...answerPairs(p, ix));
    const description = oneLine(ix.prompt, 250).replace(/^\{/, '(');
    if (description) pairs.push([`${p}.description`, description]);
    return pairs;
  },
  // Moodle resets a record's correct responses when its type is written again, and refuses a
  // choice pattern the record already holds (351): an update writes the answer only.
  interactionUpdate: (n, ix) => [
    [`cmi.interactions.${n}.timestamp`, scorm2004Timestamp(ix.at)],
    ...answerPairs(`cmi.interactions.${n}`, ix),
  ],
  suspend: (data) => [['cmi.suspend_data', data]],
  exit: (complete) => [['cmi.exit', complete ? 'normal' : 'suspend']],
  sessionTime: (ms) => [['cmi.session_time', scorm2004Duration(ms)]],
  // exitAll ends the attempt, suspendAll keeps it for the next launch (SCORM 2004 SN book).
  leave: (complete) => [['adl.nav.request', complete ? 'exitAll' : 'suspendAll']],
};

/** The learner's response, its result and latency; an empty response is no valid value of any type, so it stays unset. */
function answerPairs(p: string, ix: InteractionRecord): Pairs {
  const pairs: Pairs = [];
  if (ix.choice.length) pairs.push([`${p}.learner_response`, pattern(ix.kind, ix.choice)]);
  pairs.push([`${p}.result`, ix.result ? 'correct' : 'incorrect']);
  if (ix.latency !== undefined) pairs.push([`${p}.latency`, scorm2004Duration(ix.latency * 1000)]);
  return pairs;
}
