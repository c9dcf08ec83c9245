import { describe, expect, it } from 'vitest';
import {
  actionPlanMaxLength,
  cleanCell,
  formatActionPlan,
  parseActionPlan,
  type ActionLine,
} from '../../src/content/action-plan';
import { formatError, parseCourse } from '../../src/content/parse';
import { encodeSuspend, decodeSuspend } from '../../src/progress/suspend-codec';
import { progressFromFacts } from '../../src/progress/facts';

const line = (action: string, due = '', who = ''): ActionLine => ({ action, due, who });

describe('the action plan text form', () => {
  it('round-trips three lines with accents, guillemets and apostrophes', () => {
    const lines = [
      line('Présenter le projet à l’équipe', 'réunion du 5', 'moi'),
      line('Appeler « La Menuiserie »', 'avant le 15', 'la directrice'),
      line('Préparer le cadrage', 'fin du mois', 'l’équipe'),
    ];
    const text = formatActionPlan(lines);
    expect(text).toBe(
      'Présenter le projet à l’équipe\tréunion du 5\tmoi\nAppeler « La Menuiserie »\tavant le 15\tla directrice\nPréparer le cadrage\tfin du mois\tl’équipe',
    );
    expect(parseActionPlan(text, 3)).toEqual(lines);
  });

  it('stores an empty plan as an empty text and drops trailing empty lines', () => {
    expect(formatActionPlan([line(''), line(''), line('')])).toBe('');
    expect(formatActionPlan([line('Appeler'), line('  '), line('')])).toBe('Appeler\t\t');
    expect(parseActionPlan('', 3)).toEqual([line(''), line(''), line('')]);
  });

  it('keeps an empty line between two written ones', () => {
    const text = formatActionPlan([line('Un'), line(''), line('Trois', 'lundi')]);
    expect(parseActionPlan(text, 3)).toEqual([line('Un'), line(''), line('Trois', 'lundi')]);
  });

  it('turns separators typed or pasted in a cell into spaces, so a cell never splits', () => {
    expect(cleanCell('action', 'a\tb\nc\r\nd')).toBe('a b c  d');
    const text = formatActionPlan([line('a\tb', 'x\ny', 'z')]);
    expect(parseActionPlan(text, 1)).toEqual([line('a b', 'x y', 'z')]);
  });

  it('caps each cell at its maximum length', () => {
    expect(cleanCell('due', 'x'.repeat(500))).toHaveLength(60);
    expect(cleanCell('action', 'x'.repeat(500))).toHaveLength(200);
  });

  it('gives a maxLength that the fullest plan reaches exactly', () => {
    const full = Array.from({ length: 3 }, () => line('a'.repeat(999), 'd'.repeat(999), 'w'.repeat(999)));
    expect(formatActionPlan(full).length).toBe(actionPlanMaxLength(3));
  });

  it('reads foreign text without losing words: extra cells go to « qui », extra lines are kept', () => {
    expect(parseActionPlan('a\tb\tc\td', 1)).toEqual([line('a', 'b', 'c d')]);
    const four = parseActionPlan('un\ndeux\ntrois\nquatre', 3);
    expect(four.map((l) => l.action)).toEqual(['un', 'deux', 'trois', 'quatre']);
  });
});

const course = {
  id: 'c',
  version: '1.0.0',
  title: 'T',
  language: 'fr',
  description: 'D',
  tracks: [{ id: '4h', label: '4 h', title: 'B', promise: 'P', outcome: 'O', targetMinutes: 20 }],
  steps: ['steps/01.json'],
};
const withBlocks = (blocks: object[]) =>
  new Map([
    ['course.json', JSON.stringify(course)],
    [
      'steps/01.json',
      JSON.stringify({
        id: 's1',
        number: 1,
        title: 'S',
        objective: 'O',
        lessons: [{ id: 'l1', title: 'L', minutes: 5, tracks: ['4h'], blocks }],
      }),
    ],
  ]);
const plan = {
  type: 'action-plan',
  id: 's6-prochaines-actions',
  prompt: 'Vos 3 prochaines actions ?',
  roadmapField: 'nextActions',
  replaces: { id: 's6-r-prochaines-actions', maxLength: 1000 },
};

describe('the action-plan block in a course', () => {
  it('outlines the plan as one tagged journal field and keeps the replaced one, untagged', () => {
    const r = parseCourse(withBlocks([plan]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.course.outline.steps[0]!.lessons[0]!.reflections).toEqual([
      {
        id: 's6-prochaines-actions',
        prompt: 'Vos 3 prochaines actions\u202F?',
        maxLength: actionPlanMaxLength(3),
        roadmapField: 'nextActions',
        shape: 'actions',
        rows: 3,
        replaces: 's6-r-prochaines-actions',
      },
      { id: 's6-r-prochaines-actions', prompt: 'Vos 3 prochaines actions\u202F?', maxLength: 1000, shape: 'replaced' },
    ]);
  });

  it('refuses a replaced id that another block already uses', () => {
    const r = parseCourse(withBlocks([{ type: 'reflection', id: 's6-r-prochaines-actions', prompt: 'P' }, plan]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(formatError)).toEqual([
      'steps/01.json › lessons[0].blocks[1].replaces.id: duplicate id "s6-r-prochaines-actions" (first used at steps/01.json › lessons[0].blocks[0].id)',
    ]);
  });

  it('carries the plan and an earlier free-text answer through SCORM suspend_data', () => {
    const r = parseCourse(withBlocks([plan]));
    if (!r.ok) throw new Error('course');
    const at = 1_700_000_000_000;
    const progress = progressFromFacts([
      { kind: 'reflection', key: 's6-prochaines-actions', at, value: { text: 'Appeler\tlundi\tmoi' } },
      { kind: 'reflection', key: 's6-r-prochaines-actions', at, value: { text: 'Ancienne réponse libre' } },
    ]);
    const decoded = decodeSuspend(r.course.outline, encodeSuspend(r.course.outline, '4h', progress).data);
    expect(decoded.problem).toBeNull();
    expect(Object.fromEntries(decoded.facts.map((f) => [f.key, f.kind === 'reflection' && f.value.text]))).toEqual({
      's6-prochaines-actions': 'Appeler\tlundi\tmoi',
      's6-r-prochaines-actions': 'Ancienne réponse libre',
    });
  });
});
