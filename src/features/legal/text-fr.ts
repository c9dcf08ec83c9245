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

const fill = TO_FILL.fr;
const env = TEST_ENVIRONMENT;

/** Mentions légales, Déclaration d’accessibilité (modèle RGAA 4.1) and Données personnelles, in French. */
/** The short-lived copy of unsaved answers (src/services/progress/unsaved-facts.ts), erased with the rest. */
const UNSAVED_COPY =
  'Entre le moment où vous répondez et celui où la réponse est écrite dans IndexedDB, une copie de courte durée de vos dernières réponses peut aussi se trouver dans le stockage local (localStorage) de ce navigateur, pour vous seul : elle sert à ne pas perdre ce que vous venez d’écrire si la page se ferme, et disparaît dès que la réponse est écrite dans IndexedDB.';

export const textFr: Record<Exclude<InfoPage, 'plan-du-site'>, (c: PageContext) => PageText> = {
  'mentions-legales': ({ inLms }) => ({
    title: 'Mentions légales',
    sections: [
      {
        heading: 'Éditeur',
        parts: [
          p('Ministère de l’Éducation nationale, 110 rue de Grenelle, 75357 Paris SP 07.'),
          p('Parcours conçu avec Le RAMEAU, laboratoire de recherche sur les alliances d’intérêt général.'),
          p('Direction de la publication : ', fill, '.'),
        ],
      },
      {
        heading: 'Hébergement',
        parts: [
          inLms
            ? p(
                'Le parcours vous est servi par la plateforme de formation qui vous y donne accès ; son hébergeur est indiqué dans les mentions légales de cette plateforme.',
              )
            : p('Hébergeur : ', fill, ' (nom, adresse et téléphone).'),
        ],
      },
      {
        heading: 'Licences',
        parts: [
          list(
            'Le code du lecteur de parcours est un logiciel libre, sous licence MIT.',
            [
              'Sauf mention contraire, les textes du parcours sont proposés sous ',
              link('Licence Ouverte 2.0 (Etalab)', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'),
              ' : vous pouvez les réutiliser en citant la source.',
            ],
            'Les données chiffrées restent celles de leurs auteurs : la source est indiquée sous chaque graphique.',
            'L’interface utilise le Système de Design de l’État (DSFR) et la police Marianne, réservés aux services de l’État ; ils ne sont pas couverts par les licences ci-dessus.',
          ),
        ],
      },
      {
        heading: 'Accessibilité et données personnelles',
        parts: [
          p(
            'Voir la ',
            link('déclaration d’accessibilité', '#/accessibilite'),
            ' et la page ',
            link('données personnelles', '#/donnees-personnelles'),
            '. Le parcours ne dépose aucun cookie et ne mesure pas l’audience.',
          ),
        ],
      },
    ],
  }),

  accessibilite: () => ({
    title: 'Déclaration d’accessibilité',
    sections: [
      {
        heading: 'Engagement',
        parts: [
          p(
            'Le ministère de l’Éducation nationale s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
          ),
          p(
            'Cette déclaration d’accessibilité s’applique au parcours Alliances & Territoires : le lecteur de parcours, en ligne et dans les paquets SCORM pour plateformes de formation.',
          ),
        ],
      },
      {
        heading: 'État de conformité',
        parts: [
          p(
            'Le parcours Alliances & Territoires est ',
            strong('non conforme'),
            ' avec le RGAA 4.1 : aucun audit de conformité complet (les 106 critères, par un auditeur) n’a encore été réalisé. Le RGAA demande alors de déclarer le service non conforme, même si les vérifications ci-dessous n’ont relevé que les défauts listés plus bas.',
          ),
        ],
      },
      {
        heading: 'Vérifications réalisées',
        parts: [
          p('Par l’équipe de développement, à chaque modification du lecteur (ce n’est pas un audit) :'),
          list(
            `Tests automatisés avec ${env.axe}, règles WCAG 2.1 niveaux A et AA et bonnes pratiques, sur chaque écran : accueil, leçon, quiz avec correction, plan du parcours, feuille de route, fin de parcours, paramètres d’affichage et pages d’information ; en thème clair et en thème sombre, à ${env.widths} de large. Résultat : aucune anomalie détectée.`,
            'Parcours au clavier seul d’une leçon et des paramètres d’affichage : chaque élément est atteignable, dans un ordre logique, avec un focus visible, et le focus revient au titre de la page à chaque changement d’écran.',
            'Vérifications manuelles de critères RGAA choisis : images et schémas (1.1, 1.2, 1.3, 1.6), couleurs (3.1, 3.2), tableaux de données (5.4, 5.6, 5.7), liens (6.1), scripts et composants (7.1, 7.3), langue et titre (8.3, 8.5, 8.7), titres et listes (9.1, 9.3), présentation (10.4, 10.7, 10.11), formulaires (11.1, 11.2, 11.5, 11.10), navigation (12.6, 12.7, 12.8), consultation (13.8).',
          ),
          p(
            'Aucun test n’a encore été fait avec un lecteur d’écran (NVDA, JAWS, VoiceOver) ni avec des utilisateurs en situation de handicap.',
          ),
        ],
      },
      {
        heading: 'Contenus non accessibles',
        parts: [
          p('Non-conformités connues :'),
          list(
            'Le fichier PDF de la feuille de route, du dossier et de l’attestation n’est pas balisé (critère 13.3) : le même contenu est disponible en page web accessible et en impression depuis le parcours.',
            'Dans une plateforme de formation, le cadre qui affiche le parcours (titre, navigation, bouton de sortie) relève de la plateforme et n’est pas couvert par cette déclaration.',
          ),
        ],
      },
      {
        heading: 'Établissement de cette déclaration',
        parts: [
          p(`Cette déclaration a été établie le ${STATEMENT_DATE.fr}.`),
          list(
            'Technologies utilisées : HTML5, CSS, JavaScript, WAI-ARIA, SVG.',
            `Environnement de test : ${env.browser}, sans technologie d’assistance ; largeurs ${env.widths}.`,
            `Outils : ${env.axe} avec Playwright, Lighthouse 12.2.3.`,
          ),
        ],
      },
      {
        heading: 'Retour d’information et contact',
        parts: [
          p(
            'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le responsable du parcours pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme : ',
            fill,
            '.',
          ),
        ],
      },
      {
        heading: 'Voies de recours',
        parts: [
          p(
            'Cette procédure est à utiliser si vous avez signalé au responsable du parcours un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service, et que vous n’avez pas obtenu de réponse satisfaisante. Vous pouvez :',
          ),
          list(
            link('écrire un message au Défenseur des droits', 'https://formulaire.defenseurdesdroits.fr/'),
            link(
              'contacter le délégué du Défenseur des droits dans votre région',
              'https://www.defenseurdesdroits.fr/saisir/delegues',
            ),
            'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
          ),
        ],
      },
    ],
  }),

  'donnees-personnelles': ({ inLms }) => ({
    title: 'Données personnelles',
    sections: [
      {
        heading: 'Ce que le parcours enregistre',
        parts: [
          p('Pour que vous repreniez là où vous en étiez, le parcours enregistre des faits sur votre progression :'),
          list(
            'le parcours choisi (2 h, 4 h ou 12 h) et la dernière leçon ouverte ;',
            'les leçons vues et terminées, avec leur date, et le temps passé sur chacune ;',
            'vos réponses aux quiz et aux évaluations, et leurs résultats ;',
            'les textes que vous écrivez : réflexions, exercices, feuille de route et dossier ;',
            'le nom que vous saisissez pour votre attestation, si vous en demandez une.',
          ),
          p('Votre choix de thème d’affichage est gardé à part, comme une préférence de ce navigateur.'),
        ],
      },
      {
        heading: 'Où ces données sont gardées',
        parts: inLms
          ? [
              p(
                'Dans la base IndexedDB de ce navigateur, sur cet appareil : une copie locale propre à votre compte sur la plateforme (son nom dérive de votre identifiant de plateforme), pour ne rien perdre si la plateforme ne répond pas.',
              ),
              p(
                'Sur la plateforme de formation, qui reçoit votre progression, vos résultats, vos réponses aux quiz et, quand la place le permet, vos textes. La plateforme les conserve selon sa propre politique : adressez-vous à son administrateur pour les consulter ou les faire effacer.',
              ),
              p(UNSAVED_COPY),
            ]
          : [
              p(
                'Dans la base IndexedDB de ce navigateur, sur cet appareil. Une autre personne qui utilise le même navigateur, avec la même session, voit la même progression : sur un ordinateur partagé, effacez-la avant de partir.',
              ),
              p(UNSAVED_COPY),
            ],
      },
      {
        heading: 'Rien n’est envoyé ailleurs',
        parts: [
          p(
            'Le parcours n’utilise ni cookie, ni mesure d’audience, ni service tiers. Les polices, les images et les textes sont servis par le site lui-même ; la copie hors connexion ne contient que les fichiers du parcours, pas vos données. Les documents (feuille de route, attestation) sont produits sur votre appareil.',
          ),
        ],
      },
      {
        heading: 'Effacer vos données',
        parts: [
          p(
            'Ouvrez les ',
            settings('Paramètres d’affichage'),
            ' et choisissez « Effacer ma progression sur cet appareil ». ',
            inLms
              ? 'Seule la copie locale est effacée ; la plateforme garde la sienne.'
              : 'Tout ce que ce navigateur garde du parcours, copie de courte durée comprise, est alors effacé.',
          ),
          p('Vous pouvez aussi effacer les données de ce site depuis les réglages de votre navigateur.'),
        ],
      },
      {
        heading: 'Vos droits',
        parts: [
          p(
            'Pour toute question sur vos données ou pour exercer vos droits (accès, rectification, effacement), contactez : ',
            fill,
            '. Vous pouvez aussi adresser une réclamation à la ',
            link('CNIL', 'https://www.cnil.fr/fr/plaintes'),
            '.',
          ),
        ],
      },
    ],
  }),
};
