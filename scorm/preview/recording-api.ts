import type { ApiCall, ScormVersion } from './moodle-rules';

/** The method names of each version's API, by what they do. */
const NAMES = {
  scorm12: {
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  scorm2004: {
    initialize: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
} as const;

type Method = (...args: string[]) => string;

/** How the stand-in LMS misbehaves, switchable at any time. */
export interface Faults {
  /** Commit (and the store of Finish) answers "false" with error 101, as Moodle does when its AJAX call fails. */
  commit?: 'false' | 'throw';
  /** SetValue answers "false" with error 101. */
  set?: 'false' | 'throw';
  /**
   * Refuses single values, as a stricter LMS does: return an error code and that SetValue
   * answers "false" with it (scorm-again never sees the call); return null to pass it on.
   */
  refuse?: (element: string, value: string) => string | null;
}

export interface RecordingApi {
  /** What the course sees as `window.API` or `window.API_1484_11`. */
  api: Record<string, (...args: string[]) => string>;
  calls: ApiCall[];
  faults: Faults;
  /** Called after each successful Commit or Finish: where an LMS would store the data. */
  onStore?: (kind: 'commit' | 'finish') => void;
  onCall?: (call: ApiCall) => void;
}

/**
 * Wraps a scorm-again API in the object a course talks to, recording every call (for Moodle-rule
 * checks and the preview's log) and injecting the faults a real platform shows: a Commit that
 * answers "false" or throws, like Moodle's player when the network is down.
 */
export function recordingApi(version: ScormVersion, lms: unknown): RecordingApi {
  const names = NAMES[version];
  const target = lms as Record<string, Method>;
  const inner = (fn: keyof typeof names, ...args: string[]) => String(target[names[fn]]!.apply(lms, args));
  const rec: RecordingApi = { api: {}, calls: [], faults: {} };
  // After a simulated failure, GetLastError reports 101 (general exception), as Moodle does.
  let forcedError: string | null = null;
  const log = (call: ApiCall) => {
    rec.calls.push(call);
    rec.onCall?.(call);
    return call.result;
  };
  const faulty = (mode: 'false' | 'throw' | undefined, call: Omit<ApiCall, 'result'>): string | null => {
    if (!mode) return null;
    forcedError = '101';
    if (mode === 'throw') {
      log({ ...call, result: 'throw' });
      throw new Error(`LMS ${call.fn} failed (simulated)`);
    }
    return log({ ...call, result: 'false' });
  };
  const storing = (fn: 'commit' | 'finish') => () => {
    forcedError = null;
    const failed = faulty(rec.faults.commit, { fn });
    if (failed !== null) return failed;
    const result = log({ fn, result: inner(fn, '') });
    if (result === 'true') rec.onStore?.(fn);
    return result;
  };
  rec.api = {
    [names.initialize]: () => ((forcedError = null), log({ fn: 'initialize', result: inner('initialize', '') })),
    [names.finish]: storing('finish'),
    [names.commit]: storing('commit'),
    [names.get]: (e = '') => ((forcedError = null), log({ fn: 'get', element: e, result: inner('get', e) })),
    [names.set]: (e = '', v = '') => {
      forcedError = null;
      const refused = rec.faults.refuse?.(e, v) ?? null;
      if (refused !== null) {
        forcedError = refused;
        return log({ fn: 'set', element: e, value: v, result: 'false' });
      }
      return (
        faulty(rec.faults.set, { fn: 'set', element: e, value: v }) ??
        log({ fn: 'set', element: e, value: v, result: inner('set', e, v) })
      );
    },
    [names.lastError]: () => log({ fn: 'lastError', result: forcedError ?? inner('lastError') }),
    [names.errorString]: (c = '') => inner('errorString', c),
    [names.diagnostic]: (c = '') => inner('diagnostic', c),
  };
  return rec;
}
