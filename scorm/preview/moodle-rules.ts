/**
 * Moodle's SCORM player is stricter than scorm-again (our test and preview LMS). These are the
 * formats of Moodle's own data models (mod/scorm/datamodels/scorm_12.js and scorm_13.js) and its
 * call discipline, so tests and the preview page can flag what Moodle would refuse.
 */
import type { ScormVersion } from '../../src/services/lms/port';
export type { ScormVersion };

/** One API call, named the same way for both versions. */
export interface ApiCall {
  fn: 'initialize' | 'finish' | 'get' | 'set' | 'commit' | 'lastError' | 'errorString' | 'diagnostic';
  element?: string;
  value?: string;
  result: string;
}

const re = (s: string) => new RegExp(s);
const NO_SPACE_ID = '^[\\u0021-\\u007E]{1,255}$';

const RULES_12: [RegExp, RegExp, string][] = [
  [/^cmi\.core\.lesson_location$/, /^[\s\S]{0,255}$/, 'CMIString256'],
  [/^cmi\.core\.lesson_status$/, /^(passed|completed|failed|incomplete|browsed)$/, 'CMIStatus'],
  [/^cmi\.core\.score\.(raw|min|max)$/, /^(100(\.0*)?|[0-9]{1,2}(\.[0-9]*)?)?$/, 'CMIDecimal 0..100'],
  [/^cmi\.core\.exit$/, /^(time-out|suspend|logout|)$/, 'CMIExit'],
  [/^cmi\.core\.session_time$/, /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/, 'CMITimespan (2+ hour digits)'],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,4096}$/, 'CMIString4096'],
  [/^cmi\.comments$/, /^[\s\S]{0,4096}$/, 'CMIString4096'],
  [/^cmi\.objectives\.\d+\.id$/, re(NO_SPACE_ID), 'CMIIdentifier'],
  [/^cmi\.objectives\.\d+\.status$/, /^(passed|completed|failed|incomplete|browsed|not attempted)$/, 'CMIStatus2'],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, /^(100(\.0*)?|[0-9]{1,2}(\.[0-9]*)?)?$/, 'CMIDecimal 0..100'],
  [/^cmi\.interactions\.\d+\.id$/, re(NO_SPACE_ID), 'CMIIdentifier'],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, re(NO_SPACE_ID), 'CMIIdentifier'],
  [/^cmi\.interactions\.\d+\.time$/, /^[0-2][0-9]:[0-5][0-9]:[0-5][0-9](\.[0-9]{1,2})?$/, 'CMITime'],
  [
    /^cmi\.interactions\.\d+\.type$/,
    /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
    'CMIType',
  ],
  [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, /^[\s\S]{0,255}$/, 'CMIFeedback'],
  [/^cmi\.interactions\.\d+\.weighting$/, /^-?[0-9]{0,3}(\.[0-9]*)?$/, 'CMIDecimal'],
  [/^cmi\.interactions\.\d+\.student_response$/, /^[\s\S]{0,255}$/, 'CMIFeedback'],
  [/^cmi\.interactions\.\d+\.result$/, /^(correct|wrong|unanticipated|neutral|[0-9]{0,3}(\.[0-9]*)?)$/, 'CMIResult'],
  [/^cmi\.interactions\.\d+\.latency$/, /^[0-9]{2,4}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,2})?$/, 'CMITimespan'],
  [/^cmi\.student_preference\.(audio|speed|text)$/, /^-?[0-9]+$/, 'CMISInteger'],
  [/^cmi\.student_preference\.language$/, /^[\s\S]{0,255}$/, 'CMIString256'],
];

const TIMESPAN_2004 =
  /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;
const TIME_2004 =
  /^(19[7-9][0-9]|20[0-2][0-9]|203[0-8])((-(0[1-9]|1[0-2]))((-(0[1-9]|[1-2][0-9]|3[0-1]))(T([0-1][0-9]|2[0-3])((:[0-5][0-9])((:[0-5][0-9])((\.[0-9]{1,2})((Z|([+|-]([0-1][0-9]|2[0-3])))(:[0-5][0-9])?)?)?)?)?)?)?)?$/;
const LONG_ID = /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/;
const DECIMAL_2004 = /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/;
const LANG_250 = /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{].{0,250}$)?/;
const SHORT_IDS = /^[\w.]{1,250}(\[,\][\w.]{1,250}){0,35}$/;
/** A matching response: « source[.]target » couples of short identifiers, joined by [,]. */
const MATCHING = /^[\w.]{1,250}\[\.\][\w.]{1,250}(\[,\][\w.]{1,250}\[\.\][\w.]{1,250}){0,35}$/;
const ratio = (lo: number, hi: number) => (v: string) => DECIMAL_2004.test(v) && Number(v) >= lo && Number(v) <= hi;

const RULES_2004: [RegExp, RegExp | ((v: string) => boolean), string][] = [
  [/^cmi\.location$/, /^[\s\S]{0,1000}$/, 'characterstring SPM 1000'],
  [/^cmi\.completion_status$/, /^(completed|incomplete|not attempted|unknown)$/, 'completion state'],
  [/^cmi\.success_status$/, /^(passed|failed|unknown)$/, 'success state'],
  [/^cmi\.progress_measure$/, ratio(0, 1), 'real 0..1'],
  [/^cmi\.score\.scaled$/, ratio(-1, 1), 'real -1..1'],
  [/^cmi\.score\.(raw|min|max)$/, DECIMAL_2004, 'real'],
  [/^cmi\.exit$/, /^(time-out|suspend|logout|normal|)$/, 'exit vocabulary'],
  [/^cmi\.session_time$/, TIMESPAN_2004, 'timeinterval'],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,64000}$/, 'characterstring SPM 64000'],
  [/^cmi\.objectives\.\d+\.id$/, LONG_ID, 'long_identifier_type'],
  [/^cmi\.objectives\.\d+\.description$/, LANG_250, 'localized_string SPM 250'],
  [/^cmi\.objectives\.\d+\.completion_status$/, /^(completed|incomplete|not attempted|unknown)$/, 'completion state'],
  [/^cmi\.objectives\.\d+\.success_status$/, /^(passed|failed|unknown)$/, 'success state'],
  [/^cmi\.objectives\.\d+\.progress_measure$/, ratio(0, 1), 'real 0..1'],
  [/^cmi\.objectives\.\d+\.score\.scaled$/, ratio(-1, 1), 'real -1..1'],
  [/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, DECIMAL_2004, 'real'],
  [/^cmi\.interactions\.\d+\.id$/, LONG_ID, 'long_identifier_type'],
  [
    /^cmi\.interactions\.\d+\.type$/,
    /^(true-false|choice|(long-)?fill-in|matching|performance|sequencing|likert|numeric|other)$/,
    'interaction type',
  ],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, LONG_ID, 'long_identifier_type'],
  [/^cmi\.interactions\.\d+\.timestamp$/, TIME_2004, 'time (second,10,0)'],
  [/^cmi\.interactions\.\d+\.weighting$/, DECIMAL_2004, 'real'],
  [
    /^cmi\.interactions\.\d+\.result$/,
    /^(correct|incorrect|unanticipated|neutral|-?[0-9]{1,4}(\.[0-9]{1,18})?)$/,
    'result',
  ],
  [/^cmi\.interactions\.\d+\.latency$/, TIMESPAN_2004, 'timeinterval'],
  [/^cmi\.interactions\.\d+\.description$/, LANG_250, 'localized_string SPM 250'],
  // Formats that depend on the interaction type are checked in checkCalls.
  [/^cmi\.interactions\.\d+\.(learner_response|correct_responses\.\d+\.pattern)$/, () => true, 'by type'],
  [
    /^adl\.nav\.request$/,
    /^(previous|continue|exit|exitAll|abandon|abandonAll|suspendAll|\{target=\S{0,200}[a-zA-Z0-9]\}choice|jump)$/,
    'navigation request',
  ],
];

/** Why Moodle would refuse this SetValue, or null when it would accept it. */
export function checkValue(version: ScormVersion, element: string, value: string): string | null {
  const rules = version === 'scorm12' ? RULES_12 : RULES_2004;
  const rule = rules.find(([el]) => el.test(element));
  if (!rule) return `${element} is not a writable SCORM ${version === 'scorm12' ? '1.2' : '2004'} element in Moodle`;
  const [, format, name] = rule;
  const ok = typeof format === 'function' ? format(value) : format.test(value);
  return ok ? null : `${element} = ${JSON.stringify(value.slice(0, 60))} is not a valid ${name}`;
}

/**
 * Every Moodle rule over a whole session: Initialize first and once, only valid values, choice
 * and sequencing responses as short identifiers and matching ones as [.] couples in 2004, objective ids written once, records of a collection
 * created in order, no choice pattern a 2004 record already holds, Finish at most once and
 * nothing at all after it.
 */
export function checkCalls(version: ScormVersion, calls: readonly ApiCall[]): string[] {
  const problems: string[] = [...checkCollections(version, calls)];
  if (calls.length && calls[0]!.fn !== 'initialize') problems.push(`first call is ${calls[0]!.fn}, not Initialize`);
  if (calls.filter((c) => c.fn === 'initialize').length > 1) problems.push('Initialize called more than once');
  const finish = calls.findIndex((c) => c.fn === 'finish');
  if (finish >= 0 && finish < calls.length - 1)
    problems.push(
      `${calls.length - 1 - finish} call(s) after Finish: ${calls
        .slice(finish + 1)
        .map((c) => c.fn + (c.element ? ` ${c.element}` : ''))
        .join(', ')}`,
    );
  const types = new Map<string, string>();
  const objectiveIds = new Map<string, string>();
  // Interactions the LMS held before this session: their type was written by an earlier one.
  let held = 0;
  for (const c of calls) {
    if (c.fn === 'get' && c.element === 'cmi.interactions._count' && /^\d+$/.test(c.result))
      held = Math.max(held, Number(c.result));
    if (c.fn !== 'set') continue;
    const element = c.element ?? '';
    const value = c.value ?? '';
    const p = checkValue(version, element, value);
    if (p) problems.push(p);
    const type = /^cmi\.interactions\.(\d+)\.type$/.exec(element);
    if (type) types.set(type[1]!, value);
    const response = /^cmi\.interactions\.(\d+)\.(learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
    if (response && version === 'scorm2004') {
      const t = types.get(response[1]!);
      const ok =
        t === 'true-false'
          ? /^(true|false)$/.test(value)
          : t === 'choice' || t === 'sequencing'
            ? SHORT_IDS.test(value)
            : t === 'matching'
              ? MATCHING.test(value)
              : t !== undefined || Number(response[1]) < held;
      if (!ok) problems.push(`${element} = ${JSON.stringify(value)} does not fit interaction type ${t ?? '(unset)'}`);
    }
    // A value the LMS refused was never held: it registers nothing.
    const objective = c.result === 'true' ? /^cmi\.objectives\.(\d+)\.id$/.exec(element) : null;
    if (objective && version === 'scorm2004') {
      const before = objectiveIds.get(objective[1]!);
      if (before !== undefined && before !== value)
        problems.push(`${element} changed from ${before} to ${value} (write once)`);
      objectiveIds.set(objective[1]!, value);
    }
  }
  if (version === 'scorm2004') {
    const ids = [...objectiveIds.values()];
    if (new Set(ids).size !== ids.length) problems.push('two objectives share an id');
  }
  return problems;
}

/**
 * How Moodle's data models grow `cmi.objectives.n` and `cmi.interactions.n`: an index above
 * `_count` is refused (1.2: 201, 2004: 351 "set out of order"); in 2004 only the `id` creates a
 * record (any other field first: 408), and a choice interaction refuses a correct-response
 * pattern it already holds, even written again at the same index (351), until its `type` is
 * written again, which empties its patterns. Counts start from what the SCO read (`_count`).
 */
function checkCollections(version: ScormVersion, calls: readonly ApiCall[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const types = new Map<string, string>();
  const patterns = new Map<string, string[]>();
  for (const c of calls) {
    const counted = c.fn === 'get' ? /^cmi\.(objectives|interactions)\._count$/.exec(c.element ?? '') : null;
    if (counted && /^\d+$/.test(c.result))
      counts.set(counted[1]!, Math.max(counts.get(counted[1]!) ?? 0, Number(c.result)));
    if (c.fn !== 'set') continue;
    const m = /^cmi\.(objectives|interactions)\.(\d+)\.(.+)$/.exec(c.element ?? '');
    if (!m) continue;
    const [, collection, index, field] = m as unknown as [string, string, string, string];
    const n = Number(index);
    const count = counts.get(collection) ?? 0;
    if (n > count || (version === 'scorm2004' && n === count && field !== 'id')) {
      problems.push(`${c.element} is set before ${collection} ${n} exists (_count ${count}): refused`);
      continue;
    }
    // The rules above hold for every call; what the LMS refused creates and holds nothing.
    if (c.result !== 'true') continue;
    if (n === count) counts.set(collection, count + 1);
    if (version !== 'scorm2004' || collection !== 'interactions') continue;
    const key = index;
    if (field === 'type') {
      if (types.has(key)) patterns.set(key, []);
      types.set(key, c.value ?? '');
    }
    const pattern = /^correct_responses\.(\d+)\.pattern$/.exec(field);
    if (pattern) {
      const held = patterns.get(key) ?? [];
      if (types.get(key) === 'choice' && held.includes(c.value ?? ''))
        problems.push(`${c.element} = ${JSON.stringify(c.value)} repeats a pattern the interaction holds (351)`);
      held[Number(pattern[1])] = c.value ?? '';
      patterns.set(key, held);
    }
  }
  return problems;
}
