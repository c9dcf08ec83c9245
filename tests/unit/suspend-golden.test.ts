import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { progressFromFacts, type Fact } from '../../src/progress/facts';
import { decodeSuspend, encodeSuspend, SUSPEND_READERS, SUSPEND_VERSION } from '../../src/progress/suspend-codec';

/**
 * Golden vectors of the suspend_data format. Every other codec test is a round trip, which a
 * change of hash, alphabet or varint passes while every learner's saved LMS data becomes
 * unreadable. These strings were written by the encoder of format A against a frozen copy of
 * the course outline (tests/fixtures/suspend-format/course-outline.json: ids, tracks and right
 * options only, so content edits never move them). They are never regenerated: a new format
 * adds a vectors-<version>.json file, and the old ones must keep decoding.
 *
 * Format B writes choices as masks over every option and carries the final assessment, so its
 * vectors come with their own frozen outline, course-outline-B.json (ids, tracks, every option,
 * the assessment rule; no text). A later format reads its vectors against that version's outline
 * when it has one, else the first.
 */
const DIR = resolve('tests/fixtures/suspend-format');
const readOutline = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as CourseOutline;
const outline = readOutline('course-outline.json');
const outlineOf = (version: string) =>
  existsSync(`${DIR}/course-outline-${version}.json`) ? readOutline(`course-outline-${version}.json`) : outline;

interface Vector {
  name: string;
  track: TrackId;
  data: string;
  facts: Fact[];
}
const files = readdirSync(DIR).filter((f) => /^vectors-.+\.json$/.test(f));
const sets = files.map(
  (f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { version: string; vectors: Vector[] },
);
const byKey = (facts: Fact[]) => [...facts].sort((a, b) => (`${a.kind}:${a.key}` < `${b.kind}:${b.key}` ? -1 : 1));

describe('suspend_data golden vectors', () => {
  it('has vectors for the current format and for every track', () => {
    const current = sets.find((s) => s.version === SUSPEND_VERSION);
    expect(current, `tests/fixtures/suspend-format/vectors-${SUSPEND_VERSION}.json`).toBeDefined();
    expect(new Set(current!.vectors.map((v) => v.track))).toEqual(new Set(['2h', '4h', '12h']));
  });

  describe.each(sets.map((s) => [s.version, s] as const))('format %s', (version, set) => {
    it('is still read: every version ever written keeps its reader', () => {
      expect(Object.keys(SUSPEND_READERS)).toContain(version);
    });

    it.each(set.vectors.map((v) => [v.name, v] as const))('decodes %s to the same facts', (_, v) => {
      expect(v.data[0]).toBe(version);
      const decoded = decodeSuspend(outlineOf(version), v.data);
      expect(decoded.problem).toBeNull();
      expect(byKey(decoded.facts)).toEqual(byKey(v.facts));
    });

    // Only the current format is written; older ones are read only (no skipped tests for them).
    if (version === SUSPEND_VERSION)
      it.each(set.vectors.map((v) => [v.name, v] as const))(
        'encodes %s to the same string, character for character',
        (_, v) => {
          const { data, omitted } = encodeSuspend(outlineOf(version), v.track, progressFromFacts(v.facts));
          expect(omitted).toEqual([]);
          expect(data).toBe(v.data);
        },
      );
  });

  it('reports an unknown version tag as corrupt instead of guessing', () => {
    const v = sets[0]!.vectors[0]!;
    const unknown = [...'ZYXWVUTSRQPONMLKJIHGFEDCB'].find((c) => !(c in SUSPEND_READERS))!;
    expect(decodeSuspend(outline, unknown + v.data.slice(1))).toEqual({ facts: [], problem: 'corrupt', at: 0 });
  });
});
