/** Constants shared by the schema (build time) and the player (runtime), kept free of zod. */
export const TRACK_IDS = ['2h', '4h', '12h'] as const;

/**
 * Fields of the 4 h feuille de route, in document order: who wrote it (organisation, territory,
 * role), then the plan. Each is fed by exactly one tagged reflection or exercise field.
 */
export const ROADMAP_FIELDS = [
  'organisation',
  'territory',
  'role',
  'objectives',
  'partnershipTypes',
  'method',
  'means',
  'partners',
  'nextActions',
  'evaluation',
] as const;

/**
 * Sections the 12 h dossier adds to the feuille de route, in document order (content brief,
 * « The 12 h track in more detail »): stakeholder map (step 2), profile and maturity (step 3),
 * objective weighed against each partner's (step 4), cadrage grid and form (step 5), agreement
 * outline, steering and communication plans (step 6), evaluation plan and valorisation (step 7).
 */
export const DOSSIER_FIELDS = [
  'stakeholderMap',
  'profile',
  'objectiveAlignment',
  'cadrageMine',
  'cadrageTheirs',
  'formChoice',
  'agreementOutline',
  'governancePlan',
  'communicationPlan',
  'evaluationPlan',
  'valorisation',
] as const;

/** Every field a reflection or exercise may feed: the feuille de route's, then the dossier's. */
export const DOCUMENT_FIELDS = [...ROADMAP_FIELDS, ...DOSSIER_FIELDS] as const;

/** The documents a `roadmap` block can show: the 4 h feuille de route or the 12 h dossier. */
export const DOCUMENTS = ['feuille-de-route', 'dossier'] as const;
