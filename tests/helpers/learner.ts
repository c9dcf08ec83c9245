import type { Frame, Locator, Page } from 'playwright-core';

/** Where a learner looks: a tab of the player, or the course's frame inside an LMS page. */
type Screen = Page | Frame;

/** The verdict a checked practice question announces. */
const VERDICT = /^(Bonne réponse|Réponse incorrecte)$/;

/** A practice question's options, whichever kind it is (radios for one answer, boxes for many). */
export const options = (q: Locator): Locator => q.getByRole('radio').or(q.getByRole('checkbox'));

/** The options of a question that are ticked now. */
export const checkedOptions = (q: Locator): Locator =>
  q.getByRole('radio', { checked: true }).or(q.getByRole('checkbox', { checked: true }));

/**
 * The verdict a checked question announces in its status line (« Bonne réponse » or
 * « Réponse incorrecte »).
 */
export const verdict = (q: Locator): Locator => q.getByRole('status').getByText(VERDICT);

/** The per-option explanations a checked question shows under each option. */
export const feedbacks = (q: Locator): Locator => q.getByRole('listitem').getByRole('paragraph');

/**
 * A message about storage or the platform (a DSFR alert), found by a phrase of its French text,
 * the way a learner would recognise it.
 */
export const notice = (screen: Screen, text: string | RegExp): Locator =>
  screen.getByRole('alert').filter({ hasText: text });

/**
 * The always-visible save status line, once it reads `text` (« Enregistré » by default; also
 * « Non conservé sur cet appareil », « Envoi à la plateforme en attente »). Anchored at the
 * start for « Enregistré », so « Ordre enregistré. » in the assessment never passes for it.
 */
export const saveStatus = (screen: Screen, text: string | RegExp = /^Enregistré/): Locator =>
  screen.getByRole('status').filter({ hasText: text });

/** The assessment attempt's live count, « n réponses sur N ». */
export const answeredCount = (screen: Screen): Locator =>
  screen.getByRole('status').filter({ hasText: /réponses? sur \d+$/ });

/**
 * Small steps that read like a learner's script, so e2e tests say what a person does rather
 * than how the DOM is built.
 */
export function learner(page: Screen) {
  const h1 = () => page.getByRole('heading', { level: 1 });
  /** A practice question: a group holding « Valider » (or, once answered, « Modifier ma réponse »). */
  const question = (i: number) => questions().nth(i);
  const questions = () =>
    page.getByRole('group').filter({ has: page.getByRole('button', { name: /^(Valider|Modifier ma réponse)$/ }) });
  /** The save status line, once it says the learner's work is stored. */
  const savedStatus = () => saveStatus(page);
  /** « Fin de la leçon »: the line whose scrolling into view counts the lesson as read. */
  const lessonEnd = () => page.getByText('Fin de la leçon', { exact: true });
  /** On the course map, the steps' cards (each a list item headed « Étape N … »). */
  const stepCards = () =>
    page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: /^Étape \d/ }) });
  /** A track's « Commencer le parcours … » button on the home screen. */
  const trackButton = (label: '2 h' | '4 h' | '12 h') =>
    page.getByRole('button', { name: new RegExp(`parcours ${label}\\b`) });
  return {
    h1,
    question,
    questions,
    verdict,
    savedStatus,
    lessonEnd,
    trackButton,
    /** The « Leçon terminée » badge a lesson shows once complete. */
    doneBadge: () => page.getByText('Leçon terminée', { exact: true }),
    /** On the course map, the headings of the steps (« Étape N · … »). */
    mapSteps: () => page.getByRole('heading', { level: 2, name: /^Étape \d/ }),
    /** On the course map, the links to the lessons of step `i` (0-based). */
    mapLessons: (i: number) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^Étape ${i + 1}\\b`) }) })
        .getByRole('link'),
    /** On the course map, every lesson link of the track, in order. */
    mapLinks: () => stepCards().getByRole('link'),
    /**
     * On the course map, each lesson's line in track order: its link, status badge and duration.
     * By position, since lesson titles repeat across steps (« L’essentiel à retenir »).
     */
    mapLines: () => stepCards().getByRole('listitem'),
    async open(url: string) {
      await page.goto(url);
      await h1().waitFor();
    },
    async chooseTrack(label: '2 h' | '4 h' | '12 h') {
      await trackButton(label).click();
      await lessonEnd().waitFor();
    },
    /** Waits until a lesson is on screen, down to its last line. */
    async lessonShown() {
      await lessonEnd().waitFor();
    },
    /** Clicks « Suivant » and waits until the page's h1 no longer names the screen left. */
    async next() {
      const before = page.getByRole('heading', { level: 1, name: (await h1().textContent()) ?? '', exact: true });
      // Found first, so that waiting for it to go can never pass on a heading it never matched.
      await before.waitFor();
      await page.getByRole('button', { name: 'Suivant', exact: true }).click();
      await before.waitFor({ state: 'detached' });
    },
    /** Scrolls to the end marker so the lesson counts as viewed. */
    async readToEnd() {
      await lessonEnd().scrollIntoViewIfNeeded();
    },
    async answer(questionIndex: number, optionLabels: string[]) {
      const q = question(questionIndex);
      for (const label of optionLabels) await q.getByLabel(label, { exact: false }).first().check();
      await q.getByRole('button', { name: 'Valider' }).click();
      await verdict(q).waitFor();
    },
    /** Ticks the first option of question `i` and checks it; resolves to the verdict's words. */
    async answerFirst(i: number) {
      const q = question(i);
      await options(q).first().check();
      await q.getByRole('button', { name: 'Valider' }).click();
      return verdict(q).textContent();
    },
    async saved() {
      await savedStatus().waitFor();
    },
  };
}
