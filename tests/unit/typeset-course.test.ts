import { describe, expect, it } from 'vitest';
import { parseCourse } from '../../src/content/parse';
import { inlineToPlain, richToPlain } from '../../src/content/rich-text';
import type { BlockOf } from '../../src/content/schema';

/** A two-file course with every kind of text the schema has, authored in plain text. */
function files(language: 'fr' | 'en') {
  const course = {
    id: 'typo',
    version: '1.0.0',
    title: "L'alliance : un cours",
    language,
    description: 'Pourquoi ? Parce que.',
    tracks: [
      { id: '2h', label: '2 h', title: 'Découvrir', promise: "S'y mettre !", outcome: '57 %', targetMinutes: 10 },
    ],
    steps: ['steps/01-un.json'],
  };
  const step = {
    id: 's1-un',
    number: 1,
    title: 'Étape : une',
    objective: "Comprendre l'essentiel",
    lessons: [
      {
        id: 's1-a',
        title: 'Leçon ?',
        minutes: 5,
        tracks: ['2h'],
        blocks: [
          {
            type: 'exercise',
            id: 's1-ex',
            title: "Carte d'acteurs",
            instructions: "Listez les acteurs :\n\n- l'école ;\n- la mairie.",
            minutes: 15,
            fields: [{ id: 's1-ex-f', label: 'Qui ?', hint: "Pensez à l'école", roadmapField: 'stakeholderMap' }],
          },
          {
            type: 'quiz',
            id: 's1-quiz',
            questions: [
              {
                id: 's1-q',
                kind: 'single',
                prompt: "Qu'est-ce qu'une alliance ?",
                options: [
                  {
                    id: 'a',
                    text: 'Un « contrat »',
                    correct: true,
                    feedback: 'Oui : voir [le site](https://www.odd17.org/a?b=1).',
                  },
                  { id: 'b', text: 'Rien', correct: false, feedback: "Non, ce n'est pas ça." },
                ],
              },
            ],
          },
        ],
      },
    ],
    bank: [
      {
        id: 's1-match',
        kind: 'matching',
        prompt: 'Associez :',
        targets: [
          { id: 'mecenat', text: 'Mécénat' },
          { id: 'cooperation', text: "Coopération d'affaires" },
        ],
        pairs: [
          { id: 'p1', text: 'Un don ?', target: 'mecenat', feedback: "C'est un don." },
          { id: 'p2', text: 'Un achat ?', target: 'cooperation', feedback: "C'est un échange." },
        ],
      },
      {
        id: 's1-order',
        kind: 'ordering',
        prompt: 'Dans quel ordre ?',
        items: [
          { id: 'i1', text: 'Se préparer', feedback: "D'abord ; chacun de son côté." },
          { id: 'i2', text: 'Cadrer', feedback: 'Ensuite !' },
          { id: 'i3', text: 'Conventionner', feedback: 'Enfin : on signe.' },
        ],
      },
    ],
  };
  return new Map([
    ['course.json', JSON.stringify(course)],
    ['steps/01-un.json', JSON.stringify(step)],
  ]);
}

function parse(language: 'fr' | 'en') {
  const r = parseCourse(files(language));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.course;
}

describe('typography in a parsed course', () => {
  const { outline, content, bank } = parse('fr');
  const blocks = content[0]!.lessons['s1-a']!;
  const exercise = blocks[0] as BlockOf<'exercise'>;
  const quiz = blocks[1] as BlockOf<'quiz'>;

  it('typesets the course, tracks, steps and lessons of the outline', () => {
    expect(outline.title).toBe('L’alliance\u00A0: un cours');
    expect(outline.description).toBe('Pourquoi\u202F? Parce que.');
    expect(outline.tracks[0]).toMatchObject({
      id: '2h',
      label: '2\u00A0h',
      promise: 'S’y mettre\u202F!',
      outcome: '57\u00A0%',
    });
    expect(outline.steps[0]).toMatchObject({
      id: 's1-un',
      title: 'Étape\u00A0: une',
      objective: 'Comprendre l’essentiel',
    });
    expect(outline.steps[0]!.lessons[0]).toMatchObject({ id: 's1-a', title: 'Leçon\u202F?', tracks: ['2h'] });
    expect(outline.steps[0]!.lessons[0]!.questions[0]).toMatchObject({
      prompt: 'Qu’est-ce qu’une alliance\u202F?',
      correct: ['a'],
    });
    expect(outline.steps[0]!.lessons[0]!.reflections[0]).toMatchObject({
      id: 's1-ex-f',
      prompt: 'Qui\u202F?',
      roadmapField: 'stakeholderMap',
    });
  });

  it('typesets exercise blocks and quiz options, keeping ids and link targets', () => {
    expect(exercise.title).toBe('Carte d’acteurs');
    expect(richToPlain(exercise.instructions)).toBe('Listez les acteurs\u00A0:\n\n- l’école\u202F;\n- la mairie.');
    expect(exercise.fields[0]).toMatchObject({
      id: 's1-ex-f',
      hint: 'Pensez à l’école',
      roadmapField: 'stakeholderMap',
    });
    expect(inlineToPlain(quiz.questions[0]!.options[0]!.text)).toBe('Un «\u202Fcontrat\u202F»');
    expect(quiz.questions[0]!.options[0]!.feedback).toContainEqual({
      t: 'link',
      href: 'https://www.odd17.org/a?b=1',
      c: [{ t: 'text', v: 'le site' }],
    });
  });

  it('typesets the assessment bank, matching and ordering included, keeping ids and targets', () => {
    const [match, order] = bank;
    if (match?.kind !== 'matching' || order?.kind !== 'ordering') throw new Error('bank kinds');
    expect(inlineToPlain(match.prompt)).toBe('Associez\u00A0:');
    expect(inlineToPlain(match.targets[1]!.text)).toBe('Coopération d’affaires');
    expect(match.pairs[0]).toMatchObject({ id: 'p1', target: 'mecenat' });
    expect(inlineToPlain(match.pairs[0]!.text)).toBe('Un don\u202F?');
    expect(inlineToPlain(order.items[0]!.feedback)).toBe('D’abord\u202F; chacun de son côté.');
    expect(inlineToPlain(order.items[2]!.feedback)).toBe('Enfin\u00A0: on signe.');
  });

  it('leaves an English course as authored', () => {
    const en = parse('en');
    expect(en.outline.title).toBe("L'alliance : un cours");
    expect(en.outline.tracks[0]!.label).toBe('2 h');
  });
});
