import { describe, expect, it } from 'vitest';
import {
  boundViolations,
  contentWords,
  isAllButOne,
  longestIsRight,
  optionLength,
  practiceQuestions,
  quizPatterns,
  sameNotion,
  wordWeights,
  type PracticeQuestion,
} from '../../src/content/quiz-patterns';
import { miniCourse } from '../helpers/mini-course';

let n = 0;
/** A practice question; `*` marks a right option: q('single', 'Prompt ?', '*Oui', 'Non'). */
function q(kind: PracticeQuestion['kind'], prompt: string, ...options: string[]): PracticeQuestion {
  n += 1;
  return {
    id: `q${n}`,
    lessonId: 'l1',
    kind,
    prompt,
    options: options.map((o, i) => ({ id: `o${i}`, text: o.replace(/^\*/, ''), correct: o.startsWith('*') })),
  };
}
/** Distinct words, so that fixtures never read as one notion asked twice. */
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta', 'kappa', 'lambda', 'sigma', 'omega'];
let w = 0;
const word = () => WORDS[w++ % WORDS.length]!;
const tf = (answer: 'true' | 'false', prompt = `Le ${word()} suffit`) => ({
  ...q('truefalse', prompt),
  options: [
    { id: 'true', text: 'Vrai', correct: answer === 'true' },
    { id: 'false', text: 'Faux', correct: answer === 'false' },
  ],
});
const noWeights = new Map<string, number>();

describe('right answer the longest option', () => {
  it('counts plain-text characters, spaces of any kind left out', () => {
    expect(optionLength('57\u00A0% des entreprises')).toBe(optionLength('57 % des  entreprises'));
    expect(optionLength('l’ODD 17')).toBe(7);
  });

  it('holds only when the right answer is strictly longer than every other option', () => {
    expect(longestIsRight(q('single', 'P', '*Une réponse nettement plus longue', 'Courte', 'Brève'))).toBe(true);
    expect(longestIsRight(q('single', 'P', '*Égale', 'Égalé', 'Non'))).toBe(false);
    expect(longestIsRight(q('single', 'P', '*Oui', 'Une autre bien plus longue'))).toBe(false);
    expect(longestIsRight(q('multiple', 'P', '*Une réponse nettement plus longue', 'Courte', '*Brève'))).toBe(false);
  });
});

describe('all but one', () => {
  it('is a multiple choice of 3 or more options with exactly one wrong', () => {
    expect(isAllButOne(q('multiple', 'P', '*a', '*b', '*c', 'd'))).toBe(true);
    expect(isAllButOne(q('multiple', 'P', '*a', '*b', 'c', 'd'))).toBe(false);
    expect(isAllButOne(q('multiple', 'P', '*a', 'b'))).toBe(false);
    expect(isAllButOne(q('single', 'P', '*a', 'b', 'c'))).toBe(false);
  });
});

describe('the same notion asked twice', () => {
  it('reads content words: accents, case, plurals and function words aside', () => {
    expect([
      ...contentWords('Quels sont les leviers d’un modèle socio-économique ? (plusieurs réponses possibles)'),
    ]).toEqual(['levier', 'modele', 'socio', 'economique']);
  });

  it('finds near-duplicate prompts', () => {
    const a = q(
      'single',
      'Dans une alliance locale, quel rôle la collectivité territoriale joue-t-elle souvent ?',
      '*Facilitateur',
      'Financeur',
    );
    const b = q(
      'single',
      'Dans une alliance territoriale, quel rôle la collectivité joue-t-elle souvent ?',
      '*Réunir',
      'Payer',
    );
    expect(sameNotion(a, b, noWeights)).toMatchObject({ by: 'prompt' });
  });

  it('finds one statement asked as the right answer of two differently worded prompts', () => {
    const a = q(
      'multiple',
      'Quelles caractéristiques du territoire ?',
      '*Un lieu privilégié pour capter les signaux faibles',
      '*L’intérêt général à portée de main',
      'Un cadre national',
    );
    const b = q(
      'multiple',
      'Que met en avant ce parcours ?',
      '*L’intérêt général y est à portée de main',
      '*Un lieu privilégié pour capter des signaux faibles',
      'La loi',
    );
    expect(sameNotion(a, b, noWeights)).toMatchObject({ by: 'answer' });
  });

  it('does not confuse two situations answered by the same label, nor different questions', () => {
    const types = ['*Le mécénat', 'Les pratiques responsables', 'La coopération économique'];
    const a = q(
      'single',
      'Une fondation finance un foyer rural sans contrepartie. De quel type de partenariat s’agit-il ?',
      ...types,
    );
    const b = q(
      'single',
      'Une PME offre ses locaux à une association du quartier. De quel type de partenariat s’agit-il ?',
      ...types,
    );
    const c = q(
      'single',
      'Comment le taux de pratique a-t-il évolué entre 2015 et 2021 ?',
      '*De 36 % à 57 %',
      'Stable',
    );
    const weights = wordWeights([a, b, c].map((x) => contentWords(`${x.prompt} ${x.options[0]!.text}`)));
    expect(sameNotion(a, b, weights)).toBeNull();
    expect(sameNotion(a, c, weights)).toBeNull();
  });
});

describe('bounds (each with a control)', () => {
  const clean = () => [
    tf('true'),
    tf('false'),
    q('single', 'Quel rôle pour la mairie ?', '*Réunir', 'Payer tout', 'Contrôler'),
    q('single', 'Quelle évolution entre 2015 et 2021 ?', 'Stable', '*Hausse', 'Baisse'),
    q('multiple', 'Quels leviers du modèle ?', '*Humains', '*Finances', 'Notoriété', 'Taille'),
    q('multiple', 'Quels effets de l’alliance ?', '*Innovation', '*Confiance', '*Performance', 'Notoriété'),
  ];

  it('passes a balanced set of quizzes', () => {
    expect(boundViolations(quizPatterns(clean()))).toEqual([]);
  });

  it('reports true/false answered « Faux » above 60 percent', () => {
    const p = quizPatterns([...clean(), tf('false'), tf('false')]);
    expect(p.answerFalse).toEqual({ count: 4, hits: 3, share: 0.75 });
    expect(boundViolations(p)).toEqual(['true/false answered « Faux »: 3 of 4 (75 % > 60 %)']);
  });

  it('reports right answers the longest option above 40 percent', () => {
    const long = () =>
      q('single', `Question ${word()} ?`, '*La réponse juste, bien plus détaillée', 'Non', 'Peut-être');
    const p = quizPatterns([...clean(), long()]);
    expect(p.rightIsLongest).toMatchObject({ count: 3, hits: 1 });
    expect(boundViolations(p)).toEqual([]);
    const more = quizPatterns([...clean(), long(), long()]);
    expect(boundViolations(more)).toEqual(['single choice whose right answer is the longest: 2 of 4 (50 % > 40 %)']);
  });

  it('reports « all but one » multiple choice above 50 percent', () => {
    const p = quizPatterns([...clean(), q('multiple', 'Quelles étapes ?', '*Cadrage', '*Convention', 'Publicité')]);
    expect(p.allButOne).toMatchObject({ count: 3, hits: 2 });
    expect(boundViolations(p)).toEqual(['multiple choice of the « all but one » shape: 2 of 3 (67 % > 50 %)']);
  });

  it('reports any notion asked twice on a track', () => {
    const again = q('single', 'Quel rôle pour la mairie ?', '*Réunir', 'Payer', 'Rien');
    const violations = boundViolations(quizPatterns([...clean(), again]));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^same notion asked twice: q\d+ and q\d+ \(role, mairie\)$/);
  });
});

describe('practiceQuestions', () => {
  it('reads a track’s quiz questions in spine order as plain text, not the assessment bank', () => {
    const course = miniCourse();
    const qs = practiceQuestions(course, '2h');
    expect(qs.map((x) => x.id)).toEqual(['s1-q1']);
    expect(qs[0]).toMatchObject({ lessonId: 's1-a', kind: 'single' });
    expect(typeof qs[0]!.prompt).toBe('string');
    expect(qs[0]!.options.filter((o) => o.correct)).toHaveLength(1);
  });
});
