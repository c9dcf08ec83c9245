import { describe, expect, it } from 'vitest';
import { compileInline, compileMarkdown } from '../../src/content/markdown';
import { inlineToPlain } from '../../src/content/rich-text';
import { COURSE_NON_TEXT_KEYS, typesetTree } from '../../src/content/typeset-tree';
import { NBSP, NNBSP, typesetFrench, typesetInline, typesetRich } from '../../src/content/typography';

/** Shows the invisible spaces: ⍽ narrow no-break (U+202F), ° no-break (U+00A0). */
const show = (s: string) => s.replaceAll(NNBSP, '⍽').replaceAll(NBSP, '°');
const fr = (s: string) => show(typesetFrench(s));

describe('French typography: marks and guillemets', () => {
  it.each([
    ['Pourquoi faire alliance ?', 'Pourquoi faire alliance⍽?'],
    ['Pourquoi faire alliance?', 'Pourquoi faire alliance⍽?'],
    ['Attention !', 'Attention⍽!'],
    ['un échange ; une alliance', 'un échange⍽; une alliance'],
    ['un échange; une alliance', 'un échange⍽; une alliance'],
    ['Vraiment ?!', 'Vraiment⍽?!'],
    ['Vraiment?!', 'Vraiment⍽?!'],
    ['À retenir : trois effets', 'À retenir°: trois effets'],
    ['À retenir: trois effets', 'À retenir°: trois effets'],
    ['Vous saurez :', 'Vous saurez°:'],
    ['« jouer collectif »', '«⍽jouer collectif⍽»'],
    ['«jouer collectif»', '«⍽jouer collectif⍽»'],
    ['«  jouer collectif  »', '«⍽jouer collectif⍽»'],
    ['le guide « Coopérer » ?', 'le guide «⍽Coopérer⍽»⍽?'],
    ['(la « méthode ») : oui', '(la «⍽méthode⍽»)°: oui'],
    ['vous saurez\u00A0?', 'vous saurez⍽?'],
    ['déjà typé\u202F: ici', 'déjà typé°: ici'],
  ])('%s → %s', (input, want) => expect(fr(input)).toBe(want));

  it('leaves a mark glued inside a token alone (code, ratios, times like 9:30)', () => {
    for (const s of ['a?b', 'x;y', '9:30', 'ratio 1:2', 'cmi.core.lesson_status', '(?)', '« »'])
      expect(fr(s), s).toBe(s === '« »' ? '«⍽»' : s);
  });
});

describe('French typography: numbers and units', () => {
  it.each([
    ['57 %', '57°%'],
    ['57%', '57°%'],
    ['de 36 % à 57 %.', 'de 36°% à 57°%.'],
    ['(54 %, 28 %)', '(54°%, 28°%)'],
    ['18 mois', '18°mois'],
    ['1,5 an', '1,5°an'],
    ['25 ans', '25°ans'],
    ['14 années', '14°années'],
    ['2 h', '2°h'],
    ['12 h.', '12°h.'],
    ['2h', '2°h'],
    ['9 h 30', '9°h°30'],
    ['9h30', '9°h°30'],
    ['de 9 h 30 à 12 h', 'de 9°h°30 à 12°h'],
    ['10 min', '10°min'],
    ['5–10 min', '5–10°min'],
    ['3 heures', '3°heures'],
    ['2 jours ou 3 semaines', '2°jours ou 3°semaines'],
    ['10 000 €', '10⍽000°€'],
    ['plus de 1 000 exemples', 'plus de 1⍽000 exemples'],
    ['1 500 000 euros', '1⍽500⍽000°euros'],
    ['3 M€', '3°M€'],
  ])('%s → %s', (input, want) => expect(fr(input)).toBe(want));

  it('keeps numbers that are not quantities as typed', () => {
    for (const s of [
      '2015-2022',
      'entre 2015 et 2021',
      'les 7 étapes',
      '3 hommes',
      'ODD 17',
      'la cible 17.16',
      '1,5',
      's2-qui-fait-quoi',
      'parcours-2h',
      'track=2h',
      '#/12h',
      'v1.2.3',
      'un 2e temps',
      'COVID-19',
    ])
      expect(fr(s), s).toBe(s);
  });
});

describe('French typography: apostrophes and spaces', () => {
  it.each([
    ["l'alliance", 'l’alliance'],
    ["c'est-à-dire qu'aujourd'hui", 'c’est-à-dire qu’aujourd’hui'],
    ["L'Observatoire des partenariats", 'L’Observatoire des partenariats'],
    ['un  double   espace', 'un double espace'],
    ['une ligne\nsuivante', 'une ligne suivante'],
    ['déjà ’ typographique', 'déjà ’ typographique'],
  ])('%s → %s', (input, want) => expect(fr(input)).toBe(want));
});

describe('French typography: what must not break', () => {
  it.each([
    ['voir https://www.odd17.org/a?b=1;c=2 : ici', 'voir https://www.odd17.org/a?b=1;c=2°: ici'],
    ["https://example.org/l'url?x=1", "https://example.org/l'url?x=1"],
    ['sur https://www.lerameau.fr.', 'sur https://www.lerameau.fr.'],
    ['(https://www.lerameau.fr) !', '(https://www.lerameau.fr)⍽!'],
    ['le site https://x.fr?', 'le site https://x.fr⍽?'],
    ['www.odd17.org : le site', 'www.odd17.org°: le site'],
    ['écrire à mailto:contact@x.fr ; merci', 'écrire à mailto:contact@x.fr⍽; merci'],
    ['contact : jean.dupont@ex.fr !', 'contact°: jean.dupont@ex.fr⍽!'],
    ['#/lecon/s1-point-de-depart : ici', '#/lecon/s1-point-de-depart°: ici'],
  ])('URL: %s → %s', (input, want) => expect(fr(input)).toBe(want));

  it.each([
    ['Reprendre : {{lesson}}', 'Reprendre°: {{lesson}}'],
    ['{{count}} min', '{{count}}°min'],
    ['Durée : {{count}} min', 'Durée°: {{count}}°min'],
    ['{{count}} / {{max}} caractères', '{{count}} / {{max}} caractères'],
    ['Écrit dans la leçon « {{lesson}} »', 'Écrit dans la leçon «⍽{{lesson}}⍽»'],
    ['{{- value}} ? $t(quiz.right) !', '{{- value}}⍽? $t(quiz.right)⍽!'],
    ["{{label, uppercase}} : l'essentiel", '{{label, uppercase}}°: l’essentiel'],
  ])('i18next placeholder: %s → %s', (input, want) => expect(fr(input)).toBe(want));

  it('is idempotent: typesetting typeset text changes nothing', () => {
    for (const s of ['« jouer collectif » ?', "L'ODD 17 : 57 % en 2021 ; 9 h 30 !", 'voir https://x.fr?a=b ! ok']) {
      const once = typesetFrench(s);
      expect(typesetFrench(once)).toBe(once);
    }
  });

  it('refuses text holding the characters it reserves for protected spans', () => {
    expect(() => typesetFrench('a\uE000b')).toThrow(/reserved character/);
  });
});

describe('French typography across markdown nodes', () => {
  const run = (md: string) => show(inlineToPlain(typesetInline(compileInline(md))));

  it.each([
    ['Pourquoi **alliance**?', 'Pourquoi alliance⍽?'],
    ['**Note**: voici', 'Note°: voici'],
    ['«*Coopérer*»', '«⍽Coopérer⍽»'],
    ['« *Coopérer* »', '«⍽Coopérer⍽»'],
    ['**57** %', '57°%'],
    ["l'[ODD 17](https://www.odd17.org) ?", 'l’ODD 17⍽?'],
    ['[https://www.odd17.org](https://www.odd17.org) !', 'https://www.odd17.org⍽!'],
  ])('%s → %s', (md, want) => expect(run(md)).toBe(want));

  it('never touches a link target', () => {
    const nodes = typesetInline(compileInline("[l'ODD 17 ?](https://www.odd17.org/a?b=1)"));
    expect(nodes).toEqual([
      { t: 'link', href: 'https://www.odd17.org/a?b=1', c: [{ t: 'text', v: `l’ODD 17${NNBSP}?` }] },
    ]);
  });

  it('typesets each paragraph and list item', () => {
    const out = typesetRich(compileMarkdown("Vous saurez :\n\n- un échange ;\n- l'alliance."));
    expect(
      out.map((b) => (b.t === 'p' ? show(inlineToPlain(b.c)) : b.items.map((i) => show(inlineToPlain(i))))),
    ).toEqual(['Vous saurez°:', ['un échange⍽;', 'l’alliance.']]);
  });
});

describe('typesetTree', () => {
  it('typesets text and keeps ids, URLs, enums and track ids of a course as they are', () => {
    const lesson = {
      id: 's1-l-essentiel',
      title: "L'essentiel ?",
      tracks: ['2h', '4h'],
      blocks: [
        { type: 'image', src: 'media/a-1.svg', alt: "Carte de l'ODD 17", caption: compileInline('Source : ODD 17') },
        {
          type: 'resources',
          items: [{ title: 'Le site', url: "https://x.fr/l'a?b", description: compileInline('Voir :') }],
        },
        { type: 'reflection', id: 'r1', prompt: compileInline('Et vous ?'), roadmapField: 'nextActions' },
      ],
    };
    const out = typesetTree(lesson, COURSE_NON_TEXT_KEYS);
    expect(out.id).toBe('s1-l-essentiel');
    expect(out.tracks).toEqual(['2h', '4h']);
    expect(show(out.title)).toBe('L’essentiel⍽?');
    expect(out.blocks[0]).toMatchObject({ type: 'image', src: 'media/a-1.svg', alt: 'Carte de l’ODD 17' });
    expect(out.blocks[1]).toMatchObject({ items: [{ url: "https://x.fr/l'a?b", title: 'Le site' }] });
    expect(out.blocks[2]).toMatchObject({ id: 'r1', roadmapField: 'nextActions' });
    expect(show(inlineToPlain(out.blocks[2]!.prompt as never))).toBe('Et vous⍽?');
  });

  it('typesets every string of a locale object, whatever its key', () => {
    expect(typesetTree({ app: { language: "Langue : l'interface" } })).toEqual({
      app: { language: `Langue${NBSP}: l’interface` },
    });
  });
});
