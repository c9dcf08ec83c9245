import type { BankEntry } from '../content/model';

/**
 * The final assessment's bank: its own chunk (virtual:course-bank), fetched the first time the
 * assessment, its scoring or its LMS report needs it, so the first screen never pays for it.
 * The service worker precaches it with the rest, so it loads offline too.
 */
export type BankLoader = () => Promise<readonly BankEntry[]>;

export const loadCourseBank: BankLoader = () => import('virtual:course-bank').then((m) => m.bank);
