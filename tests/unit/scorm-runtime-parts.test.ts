import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findApi } from '../../src/services/lms/scorm/find-api';
import {
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
} from '../../src/services/lms/scorm/time-format';
import { checkCalls, checkValue, type ApiCall } from '../../scorm/preview/moodle-rules';

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

/** A chain of frames: frames[0] is the course, each next one its parent. */
function frames(depth: number, host: Record<string, unknown> = {}) {
  const chain: Record<string, unknown>[] = [];
  for (let i = 0; i <= depth; i++) chain.push(i === depth ? { ...host } : {});
  chain.forEach((w, i) => (w.parent = chain[i + 1] ?? w));
  return chain as unknown as Window[];
}

describe('API discovery', () => {
  it('finds SCORM 1.2 `API` up to 7 parents above the course, not 8', () => {
    const api = api12();
    expect(findApi(frames(0, { API: api })[0]!, 'API')).toBe(api);
    expect(findApi(frames(7, { API: api })[0]!, 'API')).toBe(api);
    expect(findApi(frames(8, { API: api })[0]!, 'API')).toBeNull();
  });

  it('then looks from the window that opened the course (LMS "new window" display)', () => {
    const api = api12();
    const openerChain = frames(2, { API: api });
    const course = frames(3)[0]! as unknown as Record<string, unknown>;
    course.opener = openerChain[0];
    expect(findApi(course as unknown as Window, 'API')).toBe(api);
  });

  it('finds SCORM 2004 `API_1484_11` and never mistakes one version for the other', () => {
    const api = api2004();
    const w = frames(12, { API_1484_11: api })[0]!;
    expect(findApi(w, 'API_1484_11')).toBe(api);
    expect(findApi(w, 'API')).toBeNull();
    expect(findApi(frames(1, { API: api2004() })[0]!, 'API')).toBeNull();
  });

  it('stops at a frame of another origin instead of throwing', () => {
    const chain = frames(3, { API: api12() });
    Object.defineProperty(chain[1], 'parent', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(findApi(chain[0]!, 'API')).toBeNull();
  });
});

describe('time formats, in the shapes Moodle accepts', () => {
  it.each([
    [0, '00:00:00', 'PT0H0M0S'],
    [7_000, '00:00:07', 'PT0H0M7S'],
    [3_723_450, '01:02:03.45', 'PT1H2M3.45S'],
    [3_723_500, '01:02:03.50', 'PT1H2M3.5S'],
    [123 * 3_600_000, '123:00:00', 'PT123H0M0S'],
  ])('%i ms is %s in 1.2 and %s in 2004', (ms, v12, v2004) => {
    expect(scorm12Timespan(ms)).toBe(v12);
    expect(scorm2004Duration(ms)).toBe(v2004);
    expect(checkValue('scorm12', 'cmi.core.session_time', v12)).toBeNull();
    expect(checkValue('scorm2004', 'cmi.session_time', v2004)).toBeNull();
  });

  it('caps 1.2 timespans at 4 hour digits', () => {
    expect(scorm12Timespan(20_000 * 3_600_000)).toBe('9999:59:59.99');
  });

  it('writes interaction times Moodle parses', () => {
    const at = Date.UTC(2026, 4, 4, 9, 5, 7, 123);
    expect(scorm2004Timestamp(at)).toBe('2026-05-04T09:05:07.12Z');
    expect(checkValue('scorm2004', 'cmi.interactions.0.timestamp', scorm2004Timestamp(at))).toBeNull();
    expect(checkValue('scorm12', 'cmi.interactions.0.time', scorm12Time(at))).toBeNull();
  });
});

describe('the Moodle rules themselves can fail', () => {
  it.each([
    ['scorm12', 'cmi.core.session_time', '1:02:03'],
    ['scorm12', 'cmi.suspend_data', 'x'.repeat(4097)],
    ['scorm12', 'cmi.objectives.0.id', 'has space'],
    ['scorm12', 'cmi.interactions.0.id', 'q 1'],
    ['scorm12', 'cmi.completion_status', 'completed'],
    ['scorm12', 'cmi.core.lesson_status', 'not attempted'],
    ['scorm12', 'cmi.core.score.raw', '101'],
    ['scorm2004', 'cmi.core.lesson_status', 'completed'],
    ['scorm2004', 'cmi.session_time', 'PT1.234S'],
    ['scorm2004', 'cmi.objectives.0.id', 'a b'],
    ['scorm2004', 'cmi.interactions.0.timestamp', '2026-05-04T09:05:07Z'],
    ['scorm2004', 'cmi.progress_measure', '1.5'],
    ['scorm2004', 'adl.nav.request', 'quit'],
    ['scorm12', 'adl.nav.request', 'exitAll'],
  ] as const)('%s refuses %s = %s', (version, element, value) => {
    expect(checkValue(version, element, value)).not.toBeNull();
  });

  it('flags calls before Initialize, after Finish, a second Finish and 2004 choice ids with dashes', () => {
    const calls: ApiCall[] = [
      { fn: 'get', element: 'cmi.entry', result: '' },
      { fn: 'initialize', result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.id', value: 'q1', result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.type', value: 'choice', result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.learner_response', value: 'option-a', result: 'true' },
      { fn: 'finish', result: 'true' },
      { fn: 'set', element: 'cmi.location', value: 'x', result: 'true' },
      { fn: 'finish', result: 'true' },
    ];
    const problems = checkCalls('scorm2004', calls);
    expect(problems).toEqual([
      'first call is get, not Initialize',
      expect.stringContaining('call(s) after Finish'),
      expect.stringContaining('does not fit interaction type choice'),
    ]);
  });
});

describe('the Moodle rules of collections', () => {
  const set = (element: string, value = 'x', result = 'true'): ApiCall => ({ fn: 'set', element, value, result });
  const start: ApiCall = { fn: 'initialize', result: 'true' };

  it.each(['scorm12', 'scorm2004'] as const)('%s: a record above _count is out of order', (version) => {
    const calls = [start, set('cmi.interactions.0.id', 'q1'), set('cmi.interactions.2.id', 'q3')];
    expect(checkCalls(version, calls)).toEqual([expect.stringContaining('cmi.interactions.2.id is set before')]);
    const held: ApiCall = { fn: 'get', element: 'cmi.interactions._count', result: '2' };
    expect(checkCalls(version, [start, held, set('cmi.interactions.2.id', 'q3')])).toEqual([]);
  });

  it('2004: only an id creates a record, and a refused id creates none', () => {
    expect(checkCalls('scorm2004', [start, set('cmi.objectives.0.completion_status', 'completed')])).toEqual([
      expect.stringContaining('before objectives 0 exists'),
    ]);
    const refused = [start, set('cmi.interactions.0.id', 'q1', 'false'), set('cmi.interactions.0.type', 'choice')];
    expect(checkCalls('scorm2004', refused)).toEqual([expect.stringContaining('before interactions 0 exists')]);
  });

  it('2004: a choice interaction refuses a pattern it holds, until its type is written again', () => {
    const record = [
      start,
      set('cmi.interactions.0.id', 'q1'),
      set('cmi.interactions.0.type', 'choice'),
      set('cmi.interactions.0.correct_responses.0.pattern', 'b'),
    ];
    expect(checkCalls('scorm2004', [...record, set('cmi.interactions.0.correct_responses.0.pattern', 'b')])).toEqual([
      expect.stringContaining('repeats a pattern'),
    ]);
    const retyped = [
      ...record,
      set('cmi.interactions.0.type', 'choice'),
      set('cmi.interactions.0.correct_responses.0.pattern', 'b'),
    ];
    expect(checkCalls('scorm2004', retyped)).toEqual([]);
  });
});

describe('the course never ships the LMS side or the schema validator', () => {
  it('keeps scorm-again and zod out of the lazily loaded SCORM adapter', () => {
    const dir = 'src/services/lms/scorm';
    const files = [...readdirSync(dir).map((f) => join(dir, f)), 'src/progress/suspend-codec.ts'];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/from '(scorm-again|zod)[/']/);
      expect(text, file).not.toMatch(/^import (?!type)[^;]*content\/schema/m);
    }
  });
});
