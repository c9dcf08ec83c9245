import type { InfoPage } from '../../stores/ui';
import {
  link,
  list,
  p,
  settings,
  strong,
  STATEMENT_DATE,
  TEST_ENVIRONMENT,
  TO_FILL,
  type PageContext,
  type PageText,
} from './page-text';

const fill = TO_FILL.en;
const env = TEST_ENVIRONMENT;

/** The same pages in English; the French text is the reference (the service is French). */
/** The short-lived copy of unsaved answers (src/services/progress/unsaved-facts.ts), erased with the rest. */
const UNSAVED_COPY =
  'Between the moment you answer and the moment the answer is written to IndexedDB, a short-lived copy of your last answers may also sit in this browser’s local storage (localStorage), for you alone: it keeps what you just wrote if the page closes, and goes as soon as the answer is written to IndexedDB.';

export const textEn: Record<Exclude<InfoPage, 'plan-du-site'>, (c: PageContext) => PageText> = {
  'mentions-legales': ({ inLms }) => ({
    title: 'Legal notice',
    sections: [
      {
        heading: 'Publisher',
        parts: [
          p(
            'Ministère de l’Éducation nationale (French Ministry of Education), 110 rue de Grenelle, 75357 Paris SP 07, France.',
          ),
          p('Course designed with Le RAMEAU, a research lab on public-interest alliances.'),
          p('Publication director: ', fill, '.'),
        ],
      },
      {
        heading: 'Hosting',
        parts: [
          inLms
            ? p(
                'The course is served by the learning platform that gives you access to it; its host is named in that platform’s legal notice.',
              )
            : p('Host: ', fill, ' (name, address and phone number).'),
        ],
      },
      {
        heading: 'Licences',
        parts: [
          list(
            'The course player’s code is free software under the MIT licence.',
            [
              'Unless stated otherwise, the course texts are available under the ',
              link('Open Licence 2.0 (Etalab)', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'),
              ': you may reuse them, citing the source.',
            ],
            'Figures remain their authors’: the source is given under each chart.',
            'The interface uses the French State Design System (DSFR) and the Marianne typeface, reserved for State services; they are not covered by the licences above.',
          ),
        ],
      },
      {
        heading: 'Accessibility and personal data',
        parts: [
          p(
            'See the ',
            link('accessibility statement', '#/accessibilite'),
            ' and the ',
            link('personal data', '#/donnees-personnelles'),
            ' page. The course sets no cookie and measures no audience.',
          ),
        ],
      },
    ],
  }),

  accessibilite: () => ({
    title: 'Accessibility statement',
    sections: [
      {
        heading: 'Commitment',
        parts: [
          p(
            'The French Ministry of Education is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.',
          ),
          p(
            'This statement applies to the Alliances & Territoires course: the course player, online and in the SCORM packages for learning platforms.',
          ),
        ],
      },
      {
        heading: 'Compliance status',
        parts: [
          p(
            'The Alliances & Territoires course is ',
            strong('not compliant'),
            ' with RGAA 4.1 (the French accessibility framework, based on WCAG 2.1 AA): no full compliance audit (all 106 criteria, by an auditor) has been carried out yet, and the RGAA then requires the service to be declared not compliant, even though the checks below found only the issues listed further down.',
          ),
        ],
      },
      {
        heading: 'Checks carried out',
        parts: [
          p('By the development team, on every change to the player (this is not an audit):'),
          list(
            `Automated tests with ${env.axe}, WCAG 2.1 level A and AA rules and best practices, on every screen: home, lesson, quiz with feedback, course map, action plan, end of track, display settings and information pages; in the light and the dark theme, ${env.widths} wide. Result: no issue found.`,
            'A keyboard-only walk through a lesson and the display settings: every control can be reached, in a logical order, with a visible focus, and focus moves to the page title on every change of screen.',
            'Manual checks of selected RGAA criteria: images and diagrams (1.1, 1.2, 1.3, 1.6), colours (3.1, 3.2), data tables (5.4, 5.6, 5.7), links (6.1), scripts and components (7.1, 7.3), language and title (8.3, 8.5, 8.7), headings and lists (9.1, 9.3), presentation (10.4, 10.7, 10.11), forms (11.1, 11.2, 11.5, 11.10), navigation (12.6, 12.7, 12.8), consultation (13.8).',
          ),
          p('No test has been made yet with a screen reader (NVDA, JAWS, VoiceOver), nor with disabled users.'),
        ],
      },
      {
        heading: 'Non-accessible content',
        parts: [
          p('Known issues:'),
          list(
            'The PDF file of the action plan, the dossier and the certificate is not tagged (criterion 13.3): the same content is available as an accessible web page and for printing from the course.',
            'Inside a learning platform, the frame around the course (title, navigation, exit button) belongs to the platform and is not covered by this statement.',
          ),
        ],
      },
      {
        heading: 'About this statement',
        parts: [
          p(`This statement was written on ${STATEMENT_DATE.en}.`),
          list(
            'Technologies: HTML5, CSS, JavaScript, WAI-ARIA, SVG.',
            `Test environment: ${env.browser}, no assistive technology; widths ${env.widths}.`,
            `Tools: ${env.axe} with Playwright, Lighthouse 12.2.3.`,
          ),
        ],
      },
      {
        heading: 'Feedback and contact',
        parts: [
          p(
            'If you cannot access some content or a service, contact the course’s manager to be directed to an accessible alternative or to get the content in another form: ',
            fill,
            '.',
          ),
        ],
      },
      {
        heading: 'Remedies',
        parts: [
          p(
            'Use this procedure if you reported an accessibility issue that prevents you from accessing content or a service, and did not get a satisfactory answer. You can:',
          ),
          list(
            link(
              'write to the Défenseur des droits (French rights ombudsman)',
              'https://formulaire.defenseurdesdroits.fr/',
            ),
            link(
              'contact the Défenseur des droits’ delegate in your region',
              'https://www.defenseurdesdroits.fr/saisir/delegues',
            ),
            'send a letter by post (free of charge, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.',
          ),
        ],
      },
    ],
  }),

  'donnees-personnelles': ({ inLms }) => ({
    title: 'Personal data',
    sections: [
      {
        heading: 'What the course saves',
        parts: [
          p('So that you can pick up where you left off, the course saves facts about your progress:'),
          list(
            'the chosen track (2 h, 4 h or 12 h) and the last lesson opened;',
            'the lessons viewed and completed, with their date, and the time spent on each;',
            'your answers to quizzes and assessments, and their results;',
            'the texts you write: reflections, exercises, action plan and dossier;',
            'the name you type for your certificate, if you ask for one.',
          ),
          p('Your display theme is kept apart, as a preference of this browser.'),
        ],
      },
      {
        heading: 'Where it is kept',
        parts: inLms
          ? [
              p(
                'In this browser’s IndexedDB database, on this device: a local copy of your own (its name derives from your platform id), so nothing is lost if the platform does not answer.',
              ),
              p(
                'On the learning platform, which receives your progress, results, quiz answers and, when there is room, your texts. The platform keeps them under its own policy: ask its administrator to see or erase them.',
              ),
              p(UNSAVED_COPY),
            ]
          : [
              p(
                'In this browser’s IndexedDB database, on this device. Someone else using the same browser, with the same session, sees the same progress: on a shared computer, erase it before you leave.',
              ),
              p(UNSAVED_COPY),
            ],
      },
      {
        heading: 'Nothing is sent elsewhere',
        parts: [
          p(
            'The course uses no cookie, no audience measurement and no third-party service. Fonts, images and texts are served by the site itself; the offline copy holds only the course’s files, not your data. Documents (action plan, certificate) are made on your device.',
          ),
        ],
      },
      {
        heading: 'Erasing your data',
        parts: [
          p(
            'Open the ',
            settings('Display settings'),
            ' and choose “Erase my progress on this device”. ',
            inLms
              ? 'Only the local copy is erased; the platform keeps its own.'
              : 'Everything this browser keeps of the course, the short-lived copy included, is then erased.',
          ),
          p('You can also clear this site’s data from your browser’s settings.'),
        ],
      },
      {
        heading: 'Your rights',
        parts: [
          p(
            'For any question about your data or to exercise your rights (access, correction, erasure), contact: ',
            fill,
            '. You can also lodge a complaint with the ',
            link('CNIL', 'https://www.cnil.fr/fr/plaintes'),
            ' (French data protection authority).',
          ),
        ],
      },
    ],
  }),
};
