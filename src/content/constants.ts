/** Constants shared by the schema (build time) and the player (runtime), kept free of zod. */
export const TRACK_IDS = ['2h', '4h', '12h'] as const;
export const ROADMAP_FIELDS = ['objectives', 'partnershipTypes', 'method', 'means', 'partners', 'nextActions'] as const;
