import { assertEvent, assign, enqueueActions, fromCallback, fromPromise, sendTo, setup } from 'xstate';
import { ASSESSMENT_COMMANDS, assessmentMachine, type ForwardedCommand } from './assessment.machine';
import { bookmark } from '../progress/selectors';
import { initialContext, type PlayerContext, type PlayerInput } from './context';
import type { PlayerEvent } from './events';
import { assessmentInput, closeVisit, describe, flush, open, step } from './flush';
import { playerGuards } from './guards';
import { NOTHING_LOADED, type JournalCommand, type LmsCommand, type LoadedProgress } from './protocol';
import * as session from './lms-session';
import * as status from './status';
import * as rec from './record';
import { Change } from './transaction';

/** The player; `now` is its clock (ms since epoch), read once per event and kept out of context. */
export function createPlayerMachine(now: () => number) {
  const change = (context: PlayerContext) => new Change(context, now());
  return setup({
    types: { context: {} as PlayerContext, events: {} as PlayerEvent, input: {} as PlayerInput },
    actors: {
      // Real implementations come from the composition root through `provide`.
      loadProgress: fromPromise<LoadedProgress, session.LmsSessionInput>(async () => NOTHING_LOADED),
      journal: fromCallback<JournalCommand, { courseId: string }>(() => () => {}),
      lms: session.noLms,
      assessment: assessmentMachine,
    },
    // Waiting this long for the journal means storage is stuck: updating then loses nothing more.
    delays: { maxSaveWait: 10_000 },
    guards: playerGuards,
    actions: {
      openInitial: enqueueActions(({ context, enqueue }) =>
        flush(enqueue, open(change(context), context.initialLessonId!)),
      ),
      selectTrack: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, ['track.select', 'track.switch']);
        const c = change(context).add((ctx, at) => rec.chooseTrack(ctx, event.track, at));
        const landing = rec.landingLesson(c.ctx, event.track);
        flush(enqueue, landing ? open(c, landing) : c);
      }),
      resume: enqueueActions(({ context, enqueue }) =>
        flush(enqueue, open(change(context), bookmark(context.progress)!)),
      ),
      goTo: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'nav.goTo');
        flush(enqueue, open(change(context), event.lessonId));
      }),
      next: enqueueActions(({ context, enqueue }) => flush(enqueue, open(change(context), step(context, 1)))),
      prev: enqueueActions(({ context, enqueue }) => flush(enqueue, open(change(context), step(context, -1)))),
      leave: enqueueActions(({ context, enqueue }) => flush(enqueue, closeVisit(change(context)))),
      listIncomplete: assign({ incomplete: ({ context }) => rec.unfinished(context) }),
      viewedEnd: enqueueActions(({ context, enqueue }) =>
        flush(enqueue, change(context).set({ viewedEnd: true }).add(rec.settleLesson).commit()),
      ),
      answer: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'quiz.submit');
        const { questionId, choice } = event;
        flush(
          enqueue,
          change(context)
            .add((ctx, at) => rec.answer(ctx, questionId, choice, at))
            .add(rec.settleLesson)
            .commit(),
        );
      }),
      record: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'reflection.save');
        flush(
          enqueue,
          change(context).add((ctx, at) => rec.reflect(ctx, event.reflectionId, event.text, at)),
        );
      }),
      toggle: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'checklist.toggle');
        const { checklistId, itemId, checked } = event;
        flush(
          enqueue,
          change(context).add((ctx, at) => rec.toggleItem(ctx, checklistId, itemId, checked, at)),
        );
      }),
      pause: enqueueActions(({ context, enqueue }) => flush(enqueue, closeVisit(change(context)).commit())),
      quit: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'session.quit');
        const c = closeVisit(change(context));
        flush(enqueue, c);
        const leaving = event.byLearner === true;
        enqueue.sendTo('lms', { type: 'lms.finish', progress: c.ctx.progress, leaving } satisfies LmsCommand);
      }),
      // The assessment child applies the attempt's rules; the facts it returns are recorded here.
      assess: sendTo('assessment', ({ context: { progress, lessonId }, event }) => {
        assertEvent(event, ASSESSMENT_COMMANDS);
        return { ...event, progress, lessonId, at: now() } satisfies ForwardedCommand;
      }),
      merge: enqueueActions((a) => session.merge(a)),
      restore: enqueueActions((a) => session.restore(a)),
      bindLearner: enqueueActions((a) => session.bindLearner(a)),
      adoptLearner: enqueueActions((a) => session.adoptLearner(a)),
      lmsStatus: enqueueActions((a) => session.lmsStatus(a)),
      lmsAbsent: enqueueActions((a) => session.lmsAbsent(a)),
      /** Reload into the waiting new version of the app; the composition root provides it. */
      applyUpdate: () => {},
      recordAttempt: enqueueActions(({ context, event, enqueue }) => {
        assertEvent(event, 'attempt.record');
        const { facts } = event;
        flush(
          enqueue,
          change(context)
            .add(() => facts)
            .add(rec.settleLesson)
            .commit(facts.length > 0),
        );
      }),
    },
  }).createMachine({
    id: 'player',
    context: ({ input }) => initialContext(input),
    initial: 'loading',
    // The LMS session and the journal live as long as the player: the LMS actor opens the session
    // (Initialize, the resume read) before any progress is read, and Finishes it on « Quitter ».
    invoke: [
      { id: 'lms', src: 'lms', input: ({ context }) => ({ courseId: context.outline.id }) },
      { id: 'journal', src: 'journal', input: ({ context }) => ({ courseId: context.outline.id }) },
    ],
    // What is written and told (save, LMS link, notices) is followed from launch on, whatever the
    // state, so navigation (`ready.nav`) reads alone.
    on: {
      'remote.facts': { actions: 'merge' },
      'lms.opened': { actions: 'adoptLearner' },
      'lms.status': { actions: 'lmsStatus' },
      'lms.absent': { actions: 'lmsAbsent' },
      // A durable write after a quota error means storage came back: everything is on disk again.
      'journal.saved': { actions: assign(({ context, event }) => status.saved(context, event)) },
      'journal.degraded': { actions: assign(({ context, event }) => status.degraded(context, event)) },
      'notice.dismiss': { actions: assign(({ context, event }) => status.dismiss(context, event)) },
      'attempt.unscorable': { actions: assign(({ context }) => status.unscorable(context)) },
    },
    states: {
      loading: {
        initial: 'connecting',
        states: {
          // The LMS actor's first word: a session (whose learner to read), none, or not yet.
          connecting: {
            on: {
              'lms.opened': { target: 'reading', actions: 'bindLearner' },
              'lms.status': { target: 'reading', actions: 'lmsStatus' },
            },
          },
          reading: {
            invoke: {
              id: 'loadProgress',
              src: 'loadProgress',
              input: ({ context, event }) => ({
                courseId: context.outline.id,
                session: event.type === 'lms.opened' ? event : null,
              }),
              onDone: { target: '#player.ready', actions: 'restore' },
              onError: { target: '#player.failed', actions: assign(({ event }) => ({ error: describe(event.error) })) },
            },
          },
        },
      },
      failed: {},
      // Two regions: where the learner is (`nav`) and a waiting new version of the app (`update`).
      // Learner work is recorded whatever the region.
      ready: {
        type: 'parallel',
        invoke: { id: 'assessment', src: 'assessment', input: ({ context }) => assessmentInput(context) },
        on: {
          'reflection.save': { guard: 'isKnownReflection', actions: 'record' },
          'session.pause': { actions: 'pause' },
          'assessment.*': { actions: 'assess' },
          'attempt.record': { actions: 'recordAttempt' },
        },
        states: {
          nav: {
            initial: 'routing',
            on: {
              'nav.home': { target: '.choosingTrack', actions: 'leave' },
              // « Quitter » closes the course for good; the page going away only closes the session.
              'session.quit': [{ guard: 'byLearner', target: '.closed', actions: 'quit' }, { actions: 'quit' }],
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
                        { target: '#player.ready.nav.trackComplete', actions: ['leave', 'listIncomplete'] },
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
              // After « Quitter »: the LMS session is finished, nothing leads back into the course.
              closed: { on: { 'nav.home': {}, 'session.quit': {} } },
            },
          },
          // « Mettre à jour »: account the lesson's time, then reload once the journal holds everything.
          update: {
            initial: 'idle',
            states: {
              idle: { on: { 'update.apply': 'waiting' } },
              waiting: {
                entry: 'pause',
                always: { guard: 'saved', target: 'applying' },
                after: { maxSaveWait: 'applying' },
              },
              applying: { entry: 'applyUpdate' },
            },
          },
        },
      },
    },
  });
}
