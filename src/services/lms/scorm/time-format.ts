/**
 * The time formats of each SCORM version, in the exact shapes Moodle's data model accepts
 * (it is stricter than the specs' examples and than scorm-again).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const cs = Math.max(0, Math.round(ms / 10));
  return {
    h: Math.floor(cs / 360000),
    m: Math.floor(cs / 6000) % 60,
    s: Math.floor(cs / 100) % 60,
    cs: cs % 100,
  };
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`: Moodle wants 2 to 4 hour digits, so 7 s is `00:00:07`. */
export function scorm12Timespan(ms: number): string {
  const max = (9999 * 3600 + 59 * 60 + 59) * 1000 + 990;
  const { h, m, s, cs } = parts(Math.min(ms, max));
  return `${pad(h)}:${pad(m)}:${pad(s)}${cs ? `.${pad(cs)}` : ''}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), at most 2 decimals of a second: `PT1H2M3.5S`. */
export function scorm2004Duration(ms: number): string {
  const { h, m, s, cs } = parts(ms);
  const sec = cs ? `${s}.${pad(cs).replace(/0$/, '')}` : String(s);
  return `PT${h}H${m}M${sec}S`;
}

/** SCORM 1.2 CMITime, a time of day `HH:MM:SS`, in the learner's local time. */
export function scorm12Time(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * SCORM 2004 time (second, 10, 0): `2024-05-01T12:03:04.12Z`. Moodle's pattern only accepts
 * a time zone after a fraction of a second, so the fraction is always written.
 */
export function scorm2004Timestamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 22)}Z`;
}
