import { assign, fromPromise, sendParent, setup } from 'xstate';
import { answerAttempt, isInProgress, startAttempt, submitAttempt } from '../assessment/attempt';
import type { AssessmentOutline, BankEntry } from '../content/model';
import type { Fact, Progress } from '../progress/facts';

/**
 * The final assessment as a child of the player machine. The player forwards the learner's
 * commands with its current progress; this machine applies the attempt's rules (one attempt at
 * a time, at most `maxAttempts`, no answer after submission) and sends back the facts to record,
 * which the player persists like any other. Scoring needs the bank, a lazily loaded chunk: it is
 * fetched through the `loadBank` actor (the composition root's `import()`), once, at the first
 * submission, and kept. Pure: no React, storage or LMS here.
 */

/** What the learner asks, as the UI sends it to the player. */
export type AssessmentCommand =
  | { type: 'assessment.start' }
  /** `position`: the drawn question; `response`: authored indices (see AttemptAnswer). */
  | { type: 'assessment.answer'; position: number; response: number[] }
  | { type: 'assessment.submit' }
  /** The learner's name for the attestation, typed once (standalone, or an LMS that gives none). */
  | { type: 'assessment.name'; name: string };

/** The types of AssessmentCommand, for the player's `assertEvent`. */
export const ASSESSMENT_COMMANDS = [
  'assessment.start',
  'assessment.answer',
  'assessment.submit',
  'assessment.name',
] as const;

/**
 * A command as the player forwards it: with the progress it applies to, the lesson on screen and
 * `at`, when the learner gave it (ms since epoch, from the player's clock), so this machine reads
 * no clock of its own.
 */
export type ForwardedCommand = AssessmentCommand & { progress: Progress; lessonId: string | null; at: number };

/** What this machine tells the player: facts to record, or that scoring is not possible now. */
export type AssessmentReport = { type: 'attempt.record'; facts: Fact[] } | { type: 'attempt.unscorable' };

export interface AssessmentInput {
  assessment: AssessmentOutline | null;
  courseId: string;
}

interface AssessmentContext extends AssessmentInput {
  bank: readonly BankEntry[] | null;
  /** The progress the pending submission applies to, and when it was asked for. */
  submitting: { progress: Progress; at: number } | null;
}

const record = (facts: Fact[]): AssessmentReport => ({ type: 'attempt.record', facts });

export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as ForwardedCommand,
    input: {} as AssessmentInput,
  },
  actors: {
    // The composition root provides the real loader (the bank chunk); tests give the fixture's.
    loadBank: fromPromise<readonly BankEntry[]>(async () => {
      throw new Error('no bank loader provided');
    }),
  },
  guards: {
    // An attempt is started, answered and submitted on the assessment's own lesson only.
    onLesson: ({ context, event }) => !!context.assessment && event.lessonId === context.assessment.lessonId,
    canSubmit: ({ context, event }) =>
      !!context.assessment &&
      event.lessonId === context.assessment.lessonId &&
      isInProgress(context.assessment, event.progress),
  },
  actions: {
    start: sendParent(({ context, event }) =>
      record(startAttempt(context.assessment!, event.progress, context.courseId, event.at)),
    ),
    answer: sendParent(({ context, event }) => {
      if (event.type !== 'assessment.answer') return record([]);
      const { position, response } = event;
      return record(answerAttempt(context.assessment!, event.progress, context.bank, position, response, event.at));
    }),
    name: sendParent(({ event }) => {
      const name = event.type === 'assessment.name' ? event.name.replace(/\s+/g, ' ').trim().slice(0, 120) : '';
      return record(name ? [{ kind: 'learner', key: 'name', at: event.at, value: name }] : []);
    }),
  },
}).createMachine({
  id: 'assessment',
  context: ({ input }) => ({ ...input, bank: null, submitting: null }),
  initial: 'open',
  // The name can be given whatever the attempt is doing.
  on: { 'assessment.name': { actions: 'name' } },
  states: {
    open: {
      on: {
        'assessment.start': { guard: 'onLesson', actions: 'start' },
        'assessment.answer': { guard: 'onLesson', actions: 'answer' },
        'assessment.submit': {
          guard: 'canSubmit',
          target: 'scoring',
          actions: assign({ submitting: ({ event }) => ({ progress: event.progress, at: event.at }) }),
        },
      },
    },
    // Answers wait until the score is in: the attempt being scored must not change meanwhile.
    scoring: {
      invoke: {
        src: 'loadBank',
        onDone: {
          target: 'open',
          actions: [
            assign({ bank: ({ event }) => event.output }),
            sendParent(({ context, event }) => {
              const { progress, at } = context.submitting!;
              return record(submitAttempt(context.assessment!, progress, event.output, at));
            }),
            assign({ submitting: null }),
          ],
        },
        onError: {
          target: 'open',
          actions: [assign({ submitting: null }), sendParent({ type: 'attempt.unscorable' })],
        },
      },
    },
  },
});
