import { afterEach, describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compose } from '../../src/app/compose';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { learnerDbName } from '../../src/services/progress/db-name';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import type { ProgressStore } from '../../src/services/progress/port';
import { fakeLms, type FakeLms } from '../scorm/fake-lms';
import { realCourse } from '../helpers/mini-course';

/**
 * Issue 9, item 3: one lifecycle for the LMS. Composing the player only wires adapters; the
 * `lms` actor the machine invokes opens the session (Initialize, the resume read) before any
 * progress is read, and the same actor Finishes it. Moodle's call rules are checked after each.
 */
const { outline } = realCourse();
let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});

async function composed(version: ScormVersion) {
  const lms = fakeLms(version, undefined, { learnerId: 'eleve-7' });
  sessions.push(lms);
  const opened: string[] = [];
  const composition = await compose(
    outline,
    { lms: version, track: '2h' },
    {
      window: lms.window,
      openStore: async (name): Promise<ProgressStore> => {
        opened.push(name);
        return new MemoryProgressStore();
      },
    },
  );
  return { lms, opened, composition };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s: the LMS session belongs to the lms actor', (version) => {
  it('composing calls no SCORM function and opens no learner store', async () => {
    const { lms, opened } = await composed(version);
    expect(lms.rec.calls).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('the started player calls Initialize first, then opens only the named learner’s store', async () => {
    const { lms, opened, composition } = await composed(version);
    const player = createActor(composition.machine, { input: { outline, lockedTrack: '2h' } });
    player.start();
    expect(lms.rec.calls[0]?.fn).toBe('initialize');
    await expect.poll(() => player.getSnapshot().matches('ready')).toBe(true);
    expect(opened).toEqual([learnerDbName('eleve-7')]);
    expect(player.getSnapshot().context.learnerKey).toBe('eleve-7');
    player.send({ type: 'session.quit', byLearner: true });
    const fns = lms.rec.calls.map((c) => c.fn);
    expect(fns.filter((f) => f === 'initialize')).toHaveLength(1);
    expect(fns.filter((f) => f === 'finish')).toHaveLength(1);
    expect(fns.at(-1)).toBe('finish');
    player.stop();
  });

  it('the page going away finishes the session once, however often it says so', async () => {
    const { lms, composition } = await composed(version);
    const player = createActor(composition.machine, { input: { outline, lockedTrack: '2h' } });
    player.start();
    await expect.poll(() => player.getSnapshot().matches('ready')).toBe(true);
    player.send({ type: 'session.quit' });
    player.send({ type: 'session.quit' });
    expect(lms.rec.calls.filter((c) => c.fn === 'finish')).toHaveLength(1);
    player.stop();
  });

  it('a player restarted in the same page (React remounting its provider) takes up the open session', async () => {
    const { lms, composition } = await composed(version);
    const input = { outline, lockedTrack: '2h' as const };
    const first = createActor(composition.machine, { input });
    first.start();
    await expect.poll(() => first.getSnapshot().matches('ready')).toBe(true);
    // What @xstate/react does when an effect runs again: stop, then start from the persisted snapshot.
    const again = createActor(composition.machine, { input, snapshot: first.getPersistedSnapshot() });
    first.stop();
    again.start();
    await expect.poll(() => again.getSnapshot().context.lms).toBe('ok');
    expect(again.getSnapshot().context.notices).not.toContain('lms-pending');
    again.send({ type: 'session.quit', byLearner: true });
    const fns = lms.rec.calls.map((c) => c.fn);
    expect(fns.filter((f) => f === 'initialize')).toHaveLength(1);
    expect(fns.filter((f) => f === 'finish')).toHaveLength(1);
    again.stop();
  });
});
