import { describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/content/model';
import { TRACK_IDS, type TrackId } from '../../src/content/schema';
import { spine } from '../../src/content/spine';
import { LESSON_STATUSES, progressFromFacts, type Fact, type Progress } from '../../src/progress/facts';
import { restoreFact } from '../../src/progress/restore';
import {
  codebook,
  decodeSuspend,
  encodeSuspend,
  MAX_ATTEMPTS,
  MAX_LESSON_SECONDS,
  varint,
} from '../../src/progress/suspend-codec';
import {
  courseChoices,
  SCORM12_AIM,
  SCORM12_LIMIT,
  SCORM2004_LIMIT,
  suspendBudget,
  worstCaseProgress,
} from '../../scorm/package/suspend-budget';
import { MAX_ANSWER_SECONDS } from '../../src/progress/suspend-entries';
import { hashSeed, rng, seededShuffle, type Rng } from '../../src/lib/seeded-random';
import { miniCourse, realCourse } from '../helpers/mini-course';

const course = realCourse();
const { outline } = course;
const { options, checklists } = courseChoices(course);
const AT = 1_714_560_000_123;
/** The latest time the suspend_data header holds (2^35 s), in ms. */
const LATEST_AT = 2 ** 35 * 1000 - 1000;
/** Decoded facts all carry the newest time of the encoded progress, rounded up to the second. */
const atOf = (p: Progress) => Math.ceil(Math.max(...Object.values(p).map((f) => f.at)) / 1000) * 1000;

/** Facts in a canonical order and text, so a whole decoded set is compared in one cheap assertion. */
const canonical = (facts: readonly Fact[]) =>
  JSON.stringify([...facts].sort((a, b) => (`${a.kind}:${a.key}` < `${b.kind}:${b.key}` ? -1 : 1)));

function roundTrip(o: CourseOutline, track: TrackId | null, facts: Fact[]) {
  const progress = progressFromFacts(facts);
  const { data, omitted } = encodeSuspend(o, track, progress);
  const decoded = decodeSuspend(o, data);
  expect(omitted).toEqual([]);
  expect(decoded.problem).toBeNull();
  const expected = Object.values(progress).map((f) => ({ ...f, at: atOf(progress) }));
  expect(canonical(decoded.facts)).toBe(canonical(expected));
  return data;
}

const subsets = <T>(xs: T[]): T[][] => xs.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
const trackFact = (track: TrackId): Fact => ({ kind: 'track', key: 'track', at: AT, value: track });

describe('suspend_data numbers', () => {
  it('writes small numbers in one character and grows by 5 bits per character', () => {
    expect(varint(0)).toHaveLength(1);
    expect(varint(31)).toHaveLength(1);
    expect(varint(32)).toHaveLength(2);
    expect(varint(1023)).toHaveLength(2);
    expect(varint(1024)).toHaveLength(3);
    expect(varint(2 ** 35 - 1)).toHaveLength(7);
  });
});

describe.each(TRACK_IDS)('suspend_data round trip, track %s (every state of every fact)', (track) => {
  const lessons = spine(outline, track);

  it('keeps every lesson in every status, with its time up to the cap', () => {
    for (const l of lessons)
      for (const status of LESSON_STATUSES)
        for (const seconds of [0, 1, 31, 32, 1023, 1024, 3600, MAX_LESSON_SECONDS])
          roundTrip(outline, track, [
            trackFact(track),
            { kind: 'lesson', key: l.id, at: AT, value: { status, seconds } },
          ]);
  });

  it('keeps every possible choice of every question, and every right/wrong flag and try count', () => {
    // The mask and the packed tries/flag are separate fields of an answer, so each question goes
    // through every subset of its options and, alongside, every flag × tries pair, in rounds:
    // round r gives each question its subset r and its pair r (modulo their counts). Each
    // encoding carries one answer per question, so a few dozen encodings cover every state.
    const questions = lessons.flatMap((l) => l.questions);
    const pairs = [true, false].flatMap((correct) =>
      [0, 1, 2, 15, 16, MAX_ATTEMPTS].map((attempts) => ({ correct, attempts })),
    );
    const choices = new Map(questions.map((q) => [q.id, subsets([...options.get(q.id)!].sort())]));
    const rounds = Math.max(pairs.length, ...[...choices.values()].map((x) => x.length));
    for (let r = 0; r < rounds; r++)
      roundTrip(
        outline,
        track,
        questions.map((q) => {
          const all = choices.get(q.id)!;
          return {
            kind: 'answer',
            key: q.id,
            at: AT,
            value: { choice: all[r % all.length]!, ...pairs[r % pairs.length]! },
          };
        }),
      );
    expect([...choices.values()].reduce((n, x) => n + x.length, 0)).toBeGreaterThan(200);
  });

  it('keeps every reflection of the track, whatever its text', () => {
    const texts = [
      '',
      'a',
      'Des « guillemets », des virgules, des points. Et 🙂 !',
      'ligne 1\nligne 2\t|~*',
      'x'.repeat(2000),
    ];
    for (const r of lessons.flatMap((l) => l.reflections))
      for (const text of [...texts, 'é'.repeat(r.maxLength)])
        roundTrip(outline, track, [{ kind: 'reflection', key: r.id, at: AT, value: { text } }]);
  });

  it('keeps every checklist in every combination of ticked items', () => {
    for (const [id, items] of checklists)
      for (const checked of subsets([...items].sort()))
        roundTrip(outline, track, [{ kind: 'checklist', key: id, at: AT, value: { checked } }]);
  });

  it('keeps the worst case whole, and its budget stays within the SCORM limits', () => {
    const worst = worstCaseProgress(course, track);
    roundTrip(outline, track, Object.values(worst));
    const budget = suspendBudget(course, track);
    expect(budget.lessons).toBeLessThanOrEqual(SCORM12_AIM);
    expect(budget.full).toBeLessThanOrEqual(SCORM2004_LIMIT);
    // In SCORM 1.2 lessons, answers and the assessment always fit (format B: under the 2,048 aim
    // even for 12 h with an attempt in progress); checklists and reflections fill the rest.
    expect(budget.core).toBeLessThanOrEqual(SCORM12_AIM);
    const in12 = encodeSuspend(outline, track, worst, SCORM12_LIMIT);
    expect(in12.data.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    const core = new Set(['track', 'lesson', 'answer', 'attempt', 'result']);
    expect(in12.omitted.filter((f) => core.has(f.kind))).toEqual([]);
  });

  // 100 random learners over ~300 questions each: slow on a busy machine, not a timing check.
  it(
    'never encodes a reachable state, caps included, longer than the computed worst case',
    { timeout: 120_000 },
    () => {
      const { full } = suspendBudget(course, track);
      const r = rng(hashSeed(`suspend-${track}`));
      let atCaps = 0;
      for (let run = 0; run < 100; run++) {
        const facts = randomLearner(r, track);
        const data = roundTrip(outline, track, facts);
        expect(data.length).toBeLessThanOrEqual(full);
        if (facts.some((f) => f.kind === 'lesson' && f.value.seconds === MAX_LESSON_SECONDS)) atCaps += 1;
      }
      // The draw reaches the caps (not just small values), so the bound is tested where it is tight.
      expect(atCaps).toBeGreaterThan(50);
    },
  );
});

/**
 * A random learner of `track`: each lesson, answer, reflection, checklist and the assessment
 * present or not, and each of their numbers, lists and texts often at the cap the codec holds
 * (time, tries, every option ticked, a reflection at its maxLength, the latest time). Half the
 * learners are dense (nearly every fact present, 49 values in 50 at their cap), so their
 * encodings come within a few characters of the worst case and a budget that misses any cap
 * fails the bound.
 */
function randomLearner(r: Rng, track: TrackId): Fact[] {
  const dense = r.chance(0.5);
  const atCap = dense ? 0.98 : 0.35;
  const present = (p: number) => r.chance(dense ? 0.99 : p);
  const capped = (max: number) => (r.chance(atCap) ? max : r.int(0, max));
  const some = <T>(xs: readonly T[]) => (r.chance(atCap) ? [...xs] : xs.filter(() => r.chance(0.5)));
  const at = r.chance(atCap) ? LATEST_AT : r.int(AT, LATEST_AT);
  const facts: Fact[] = [{ ...trackFact(track), at }];
  for (const l of spine(outline, track)) {
    if (!present(0.8)) continue;
    const status = r.pick(LESSON_STATUSES);
    facts.push({ kind: 'lesson', key: l.id, at, value: { status, seconds: capped(MAX_LESSON_SECONDS) } });
    for (const q of l.questions)
      if (present(0.7)) {
        const choice = some(options.get(q.id)!).sort();
        const value = { choice, correct: r.chance(0.5), attempts: capped(MAX_ATTEMPTS) };
        facts.push({ kind: 'answer', key: q.id, at, value });
      }
    for (const x of l.reflections)
      if (present(0.6))
        facts.push({ kind: 'reflection', key: x.id, at, value: { text: 'é'.repeat(capped(x.maxLength)) } });
  }
  for (const [id, items] of checklists)
    if (present(0.6)) facts.push({ kind: 'checklist', key: id, at, value: { checked: some(items).sort() } });
  const a = outline.assessment;
  if (a?.track === track) {
    const drawn = seededShuffle(course.bank, r.int(0, 2 ** 32 - 1)).slice(0, a.questionsPerAttempt);
    const answers = drawn.map((q) => {
      if (!present(0.8)) return null;
      const n = q.kind === 'ordering' ? q.items.length : q.kind === 'matching' ? q.pairs.length : q.options.length;
      const response = seededShuffle([...Array(n).keys()], r.int(0, 2 ** 32 - 1)).slice(0, capped(n));
      return { response, seconds: capped(MAX_ANSWER_SECONDS) };
    });
    const number = Math.max(1, capped(MAX_ATTEMPTS));
    const seed = capped(2 ** 32 - 1);
    facts.push({
      kind: 'attempt',
      key: a.id,
      at,
      value: { number, seed, bank: a.bankCheck, answers, submitted: r.chance(0.5) },
    });
    if (present(0.7)) {
      const total = a.questionsPerAttempt;
      const value = { attempt: number, seed, right: r.int(0, total), total, submittedAt: Math.floor(at / 1000) * 1000 };
      facts.push({ kind: 'result', key: a.id, at, value });
    }
  }
  return facts;
}

describe('suspend_data scope and budget', () => {
  const learner = (track: TrackId) => Object.values(worstCaseProgress(course, track));

  it('writes only the facts of the package’s track', () => {
    const all = progressFromFacts(learner('12h'));
    const decoded = decodeSuspend(outline, encodeSuspend(outline, '2h', all).data);
    const in2h = new Set(spine(outline, '2h').map((l) => l.id));
    const lessons = decoded.facts.filter((f) => f.kind === 'lesson');
    expect(lessons.map((f) => f.key).sort()).toEqual([...in2h].sort());
  });

  it('fills a SCORM 1.2 budget with whole facts, lessons and answers first, reflections last', () => {
    const progress = progressFromFacts(learner('4h'));
    const { data, omitted } = encodeSuspend(outline, '4h', progress, SCORM12_LIMIT);
    expect(data.length).toBeLessThanOrEqual(SCORM12_LIMIT);
    expect(omitted.length).toBeGreaterThan(0);
    expect(new Set(omitted.map((f) => f.kind))).toEqual(new Set(['reflection']));
    const decoded = decodeSuspend(outline, data);
    expect(decoded.problem).toBeNull();
    const kept = new Set(decoded.facts.map((f) => `${f.kind}:${f.key}`));
    for (const f of Object.values(progress)) expect(kept.has(`${f.kind}:${f.key}`)).toBe(!omitted.includes(f));
    // Whatever is kept is kept whole, never truncated.
    for (const f of decoded.facts.filter((x) => x.kind === 'reflection'))
      expect(f.value).toEqual((progress[`reflection:${f.key}`] as Fact).value);
  });

  it('clamps what it cannot hold: time beyond 97 h in one lesson, attempts beyond 255', () => {
    const l = spine(outline, '2h')[0]!;
    const q = l.questions[0]!;
    const p = progressFromFacts([
      { kind: 'lesson', key: l.id, at: AT, value: { status: 'completed', seconds: MAX_LESSON_SECONDS * 10 } },
      { kind: 'answer', key: q.id, at: AT, value: { choice: q.correct, correct: true, attempts: 9999 } },
    ]);
    const facts = decodeSuspend(outline, encodeSuspend(outline, '2h', p).data).facts;
    expect(facts.find((f) => f.kind === 'lesson')?.value).toEqual({ status: 'completed', seconds: MAX_LESSON_SECONDS });
    expect(facts.find((f) => f.kind === 'answer')?.value).toMatchObject({ attempts: MAX_ATTEMPTS });
  });

  it('is versioned: the first character names the format', () => {
    expect(encodeSuspend(outline, '2h', {}).data[0]).toBe('B');
    expect(decodeSuspend(outline, 'Z' + encodeSuspend(outline, '2h', {}).data.slice(1)).problem).toBe('corrupt');
  });

  it('writes a wrong option as cheaply as a right one (every option is a bit of the mask)', () => {
    const q = spine(outline, '12h')
      .flatMap((l) => l.questions)
      .find((x) => x.kind === 'single' && x.options.length >= 3)!;
    const wrong = q.options.filter((o) => !q.correct.includes(o))[0]!;
    const size = (choice: string[]) =>
      encodeSuspend(
        outline,
        '12h',
        progressFromFacts([{ kind: 'answer', key: q.id, at: AT, value: { choice, correct: false, attempts: 1 } }]),
      ).data.length;
    expect(size([wrong])).toBe(size(q.correct));
  });

  it('keeps the 12 h lessons, answers and assessment within SCORM 1.2, with room to spare', () => {
    expect(suspendBudget(course, '12h').core).toBeLessThanOrEqual(SCORM12_AIM);
  });
});

describe('suspend_data of format A (written by packages before format B)', () => {
  // Written by format A's encoder for the mini course: a 4 h learner with two lessons, a wrong
  // answer on its second try, a reflection with French typography and a checklist.
  const A = 'A20XpZadW020WDhPIPAZP1LT04S011b15liste21a1b18yIX5Notre « point de départ » : l’école !';
  const mini = miniCourse().outline;

  it('still reads it, fact for fact', () => {
    const at = 1_714_560_000_000;
    const d = decodeSuspend(mini, A);
    expect(d.problem).toBeNull();
    expect(canonical(d.facts)).toBe(
      canonical([
        { kind: 'track', key: 'track', at, value: '4h' },
        { kind: 'lesson', key: 's1-a', at, value: { status: 'completed', seconds: 125 } },
        { kind: 'lesson', key: 's1-b', at, value: { status: 'viewed', seconds: 40 } },
        { kind: 'answer', key: 's1-q1', at, value: { choice: ['b'], correct: false, attempts: 2 } },
        { kind: 'checklist', key: 'liste', at, value: { checked: ['a', 'b'] } },
        { kind: 'reflection', key: 's2-r', at, value: { text: 'Notre « point de départ » : l’école !' } },
      ]),
    );
  });

  it('writes it back as format B, with the same facts', () => {
    const facts = decodeSuspend(mini, A).facts;
    const again = encodeSuspend(mini, null, progressFromFacts(facts)).data;
    expect(again[0]).toBe('B');
    expect(canonical(decodeSuspend(mini, again).facts)).toBe(canonical(facts));
  });
});

describe('suspend_data from an untrusted LMS', () => {
  const sample = encodeSuspend(outline, '4h', worstCaseProgress(course, '4h'), SCORM12_LIMIT).data;

  it('drops every truncated copy whole, with a problem, and never throws', () => {
    for (let cut = 1; cut < sample.length; cut++) {
      const d = decodeSuspend(outline, sample.slice(0, cut));
      expect(d).toEqual({ facts: [], problem: 'corrupt', at: 0 });
    }
  });

  // Thousands of damaged strings decoded against ~300 questions: slow on a busy machine.
  it('survives random damage: it never throws and only yields valid facts', { timeout: 120_000 }, () => {
    const r = rng(3);
    for (let run = 0; run < 600; run++) {
      const chars = [...sample];
      for (let k = r.int(1, 3); k > 0; k--) chars[r.int(0, chars.length - 1)] = String.fromCharCode(r.int(32, 231));
      const d = decodeSuspend(outline, chars.join(''));
      for (const f of d.facts) expect(restoreFact(f)).toEqual(f);
      if (d.problem === 'corrupt') expect(d.facts).toEqual([]);
    }
  });

  it.each([
    ['a number', 42],
    ['an object', { lessons: [] }],
    ['JSON', '{"track":"2h"}'],
    ['too long', 'A' + '0'.repeat(300_000)],
    ['trailing data', encodeSuspend(outline, '2h', {}).data + 'x'],
  ])('reports %s as corrupt', (_label, raw) => {
    expect(decodeSuspend(outline, raw)).toEqual({ facts: [], problem: 'corrupt', at: 0 });
  });

  it('reads nothing, without complaint, from an empty suspend_data', () => {
    expect(decodeSuspend(outline, '')).toEqual({ facts: [], problem: null, at: 0 });
    expect(decodeSuspend(outline, undefined)).toEqual({ facts: [], problem: null, at: 0 });
  });
});

describe('suspend_data across a course update', () => {
  const mini = miniCourse().outline;
  const facts: Fact[] = mini.steps.flatMap((s) =>
    s.lessons.flatMap((l): Fact[] => [
      { kind: 'lesson', key: l.id, at: AT, value: { status: 'completed', seconds: 60 } },
      ...l.questions.map((q): Fact => ({
        kind: 'answer',
        key: q.id,
        at: AT,
        value: { choice: q.correct, correct: true, attempts: 1 },
      })),
    ]),
  );
  const data = encodeSuspend(mini, null, progressFromFacts(facts)).data;

  it('keeps the facts of ids that remain and reports the ones that vanished', () => {
    const [first, ...rest] = mini.steps;
    const removed = first!.lessons[0]!;
    const updated: CourseOutline = { ...mini, steps: [{ ...first!, lessons: first!.lessons.slice(1) }, ...rest] };
    const d = decodeSuspend(updated, data);
    expect(d.problem).toBe('unknown-ids');
    expect(d.facts.some((f) => f.key === removed.id)).toBe(false);
    expect(d.facts.filter((f) => f.kind === 'lesson')).toHaveLength(
      facts.filter((f) => f.kind === 'lesson').length - 1,
    );
  });

  it('drops an answer whose question’s options changed, rather than misreport it', () => {
    const q = mini.steps[0]!.lessons[0]!.questions[0]!;
    const updated: CourseOutline = {
      ...mini,
      steps: mini.steps.map((s) => ({
        ...s,
        lessons: s.lessons.map((l) => ({
          ...l,
          questions: l.questions.map((x) => (x.id === q.id ? { ...x, options: [...x.options, 'zz'] } : x)),
        })),
      })),
    };
    const d = decodeSuspend(updated, data);
    expect(d.problem).toBe('unknown-ids');
    expect(d.facts.some((f) => f.kind === 'answer' && f.key === q.id)).toBe(false);
  });

  it('finds a salt that gives distinct short names even when the first one collides', () => {
    const many = (n: number): CourseOutline => ({
      ...mini,
      steps: [
        {
          ...mini.steps[0]!,
          lessons: Array.from({ length: n }, (_, i) => ({
            ...mini.steps[0]!.lessons[0]!,
            id: `lecon-${i}`,
            questions: [],
            reflections: [],
          })),
        },
      ],
    });
    let n = 100;
    while (codebook(many(n), 0) !== null) n += 50;
    const big = many(n);
    const book = codebook(big)!;
    expect(book.salt).toBeGreaterThan(0);
    expect(book.lessons.size).toBe(n);
    const lessonFacts: Fact[] = big.steps[0]!.lessons.map((l) => ({
      kind: 'lesson',
      key: l.id,
      at: AT,
      value: { status: 'viewed', seconds: 5 },
    }));
    roundTrip(big, null, lessonFacts);
  });
});
