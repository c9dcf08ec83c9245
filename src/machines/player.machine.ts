import { assign, enqueueActions, fromCallback, fromPromise, sendTo, setup } from 'xstate';
import type { TrackId } from '../content/schema';
import { applyFacts, progressFromFacts, type Fact } from '../progress/facts';
import { assessmentMachine, type AssessmentCommand } from './assessment.machine';
import { bookmark, currentTrack } from '../progress/selectors';
import type { PlayerContext, PlayerInput } from './context';
import type { PlayerEvent } from './events';
import { addNotice, assessmentInput, describe, flush, open, step } from './flush';
import { canResume, hasNext, hasPrev, isKnownReflection, isLessonInTrack, isQuestionOfCurrentLesson } from './guards';
import type { JournalCommand, LmsCommand, LoadedProgress } from './protocol';
import * as rec from './record';
import { Change } from './transaction';

export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  actors: {
    // Real implementations come from the composition root through `provide`.
    loadProgress: fromPromise<LoadedProgress, { courseId: string }>(async () => ({
      facts: [],
      notices: [],
      learnerKey: 'local',
    })),
    journal: fromCallback<JournalCommand, { courseId: string }>(() => () => {}),
    lms: fromCallback<LmsCommand, { courseId: string }>(() => () => {}),
    assessment: assessmentMachine,
  },
  guards: {
    canResume: ({ context }) => canResume(context),
    hasNext: ({ context }) => hasNext(context),
    hasPrev: ({ context }) => hasPrev(context),
    trackAllowed: ({ context, event }) =>
      'track' in event && (context.lockedTrack === null || event.track === context.lockedTrack),
    resumesLocked: ({ context }) => context.lockedTrack !== null && canResume(context),
    landsOnLesson: ({ context }) =>
      !!context.initialLessonId && isLessonInTrack(context, currentTrack(context.progress), context.initialLessonId),
    isLessonInTrack: ({ context, event }) =>
      event.type === 'nav.goTo' && isLessonInTrack(context, currentTrack(context.progress), event.lessonId),
    isQuestionOfCurrentLesson: ({ context, event }) =>
      event.type === 'quiz.submit' && isQuestionOfCurrentLesson(context, event.questionId),
    isKnownReflection: ({ context, event }) =>
      event.type === 'reflection.save' && isKnownReflection(context, event.reflectionId),
  },
  actions: {
    restore: assign(({ event }) => {
      const out = (event as unknown as { output: LoadedProgress }).output;
      return { progress: progressFromFacts(out.facts), notices: out.notices, learnerKey: out.learnerKey };
    }),
    fail: assign(({ event }) => ({ error: describe((event as unknown as { error: unknown }).error) })),
    openInitial: enqueueActions(({ context, enqueue }) =>
      flush(enqueue, open(new Change(context), context.initialLessonId!)),
    ),
    selectTrack: enqueueActions(({ context, event, enqueue }) => {
      const track = (event as { track: TrackId }).track;
      const c = new Change(context).add((ctx) => rec.chooseTrack(ctx, track));
      const landing = rec.landingLesson(c.ctx, track);
      flush(enqueue, landing ? open(c, landing) : c);
    }),
    resume: enqueueActions(({ context, enqueue }) =>
      flush(enqueue, open(new Change(context), bookmark(context.progress)!)),
    ),
    goTo: enqueueActions(({ context, event, enqueue }) =>
      flush(enqueue, open(new Change(context), (event as { lessonId: string }).lessonId)),
    ),
    next: enqueueActions(({ context, enqueue }) => flush(enqueue, open(new Change(context), step(context, 1)))),
    prev: enqueueActions(({ context, enqueue }) => flush(enqueue, open(new Change(context), step(context, -1)))),
    leave: enqueueActions(({ context, enqueue }) =>
      flush(enqueue, new Change(context).add(rec.leaveLesson).set({ enteredAt: context.now() })),
    ),
    listIncomplete: assign({ incomplete: ({ context }) => rec.unfinished(context) }),
    viewedEnd: enqueueActions(({ context, enqueue }) =>
      flush(enqueue, new Change(context).set({ viewedEnd: true }).add(rec.settleLesson).commit()),
    ),
    answer: enqueueActions(({ context, event, enqueue }) => {
      const { questionId, choice } = event as { questionId: string; choice: string[] };
      flush(
        enqueue,
        new Change(context)
          .add((ctx) => rec.answer(ctx, questionId, choice))
          .add(rec.settleLesson)
          .commit(),
      );
    }),
    record: enqueueActions(({ context, event, enqueue }) => {
      const { reflectionId, text } = event as { reflectionId: string; text: string };
      flush(
        enqueue,
        new Change(context).add((ctx) => rec.reflect(ctx, reflectionId, text)),
      );
    }),
    toggle: enqueueActions(({ context, event, enqueue }) => {
      const { checklistId, itemId, checked } = event as { checklistId: string; itemId: string; checked: boolean };
      flush(
        enqueue,
        new Change(context).add((ctx) => rec.toggleItem(ctx, checklistId, itemId, checked)),
      );
    }),
    pause: enqueueActions(({ context, enqueue }) =>
      flush(enqueue, new Change(context).add(rec.leaveLesson).set({ enteredAt: context.now() }).commit()),
    ),
    quit: enqueueActions(({ context, event, enqueue }) => {
      const c = new Change(context).add(rec.leaveLesson).set({ enteredAt: context.now() });
      flush(enqueue, c);
      const leaving = event.type === 'session.quit' && event.byLearner === true;
      enqueue.sendTo('lms', { type: 'lms.finish', progress: c.ctx.progress, leaving } satisfies LmsCommand);
    }),
    // The assessment child applies the attempt's rules; the facts it returns are recorded here.
    assess: sendTo('assessment', ({ context, event }) => ({
      ...(event as AssessmentCommand),
      progress: context.progress,
      lessonId: context.lessonId,
    })),
    recordAttempt: enqueueActions(({ context, event, enqueue }) => {
      const { facts } = event as { facts: Fact[] };
      flush(
        enqueue,
        new Change(context)
          .add(() => facts)
          .add(rec.settleLesson)
          .commit(facts.length > 0),
      );
    }),
  },
}).createMachine({
  id: 'player',
  context: ({ input }) => ({
    outline: input.outline,
    now: input.now ?? Date.now,
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
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadProgress',
        input: ({ context }) => ({ courseId: context.outline.id }),
        onDone: { target: 'ready', actions: 'restore' },
        onError: { target: 'failed', actions: 'fail' },
      },
    },
    failed: {},
    ready: {
      invoke: [
        { id: 'journal', src: 'journal', input: ({ context }) => ({ courseId: context.outline.id }) },
        { id: 'lms', src: 'lms', input: ({ context }) => ({ courseId: context.outline.id }) },
        { id: 'assessment', src: 'assessment', input: ({ context }) => assessmentInput(context) },
      ],
      initial: 'routing',
      on: {
        // A durable write after a quota error means storage came back: everything is on disk again.
        'journal.saved': {
          actions: assign({
            save: ({ event }) => (event.durable ? 'saved' : 'memory-only'),
            notices: ({ context, event }) =>
              event.durable ? context.notices.filter((n) => n !== 'storage-quota') : context.notices,
          }),
        },
        'journal.degraded': {
          actions: assign({
            save: 'memory-only',
            notices: ({ context, event }) => addNotice(context.notices, event.notice),
          }),
        },
        'lms.status': {
          actions: assign({
            lms: ({ event }) => event.status,
            notices: ({ context, event }) =>
              addNotice(
                context.notices.filter((n) => n !== 'lms-pending' || event.status === 'pending'),
                event.notice,
              ),
          }),
        },
        'notice.dismiss': {
          actions: assign({ notices: ({ context, event }) => context.notices.filter((n) => n !== event.notice) }),
        },
        'remote.facts': {
          actions: assign({ progress: ({ context, event }) => applyFacts(context.progress, event.facts) }),
        },
        'reflection.save': { guard: 'isKnownReflection', actions: 'record' },
        'session.pause': { actions: 'pause' },
        'session.quit': { actions: 'quit' },
        'assessment.*': { actions: 'assess' },
        'attempt.record': { actions: 'recordAttempt' },
        'attempt.unscorable': {
          actions: assign({ notices: ({ context }) => addNotice(context.notices, 'assessment-unscorable') }),
        },
        'nav.home': { target: '.choosingTrack', actions: 'leave' },
      },
      states: {
        routing: {
          always: [
            { guard: 'landsOnLesson', target: 'learning.lesson', actions: 'openInitial' },
            { guard: 'resumesLocked', target: 'learning.lesson', actions: 'resume' },
            { target: 'choosingTrack' },
          ],
        },
        choosingTrack: {
          on: {
            'track.select': { guard: 'trackAllowed', target: 'learning.lesson', actions: 'selectTrack' },
            'track.switch': { guard: 'trackAllowed', target: 'learning.lesson', actions: 'selectTrack' },
            'progress.resume': { guard: 'canResume', target: 'learning.lesson', actions: 'resume' },
          },
        },
        learning: {
          initial: 'lesson',
          on: {
            'track.switch': { guard: 'trackAllowed', target: '.lesson', actions: 'selectTrack' },
            'nav.goTo': { guard: 'isLessonInTrack', target: '.lesson', actions: 'goTo' },
            'nav.map': { target: '.map', actions: 'leave' },
          },
          states: {
            lesson: {
              on: {
                'nav.next': [
                  { guard: 'hasNext', target: 'lesson', reenter: true, actions: 'next' },
                  // The end of the track: its end screen says where the learner stands.
                  { target: '#player.ready.trackComplete', actions: ['leave', 'listIncomplete'] },
                ],
                'nav.prev': { guard: 'hasPrev', target: 'lesson', reenter: true, actions: 'prev' },
                'lesson.viewedEnd': { actions: 'viewedEnd' },
                'quiz.submit': { guard: 'isQuestionOfCurrentLesson', actions: 'answer' },
                'checklist.toggle': { actions: 'toggle' },
              },
            },
            map: {},
          },
        },
        trackComplete: {
          on: {
            'nav.goTo': { guard: 'isLessonInTrack', target: 'learning.lesson', actions: 'goTo' },
            'nav.map': { target: 'learning.map' },
            'track.switch': { guard: 'trackAllowed', target: 'learning.lesson', actions: 'selectTrack' },
          },
        },
      },
    },
  },
});
