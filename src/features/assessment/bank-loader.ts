import { useEffect, useState } from 'react';
import type { BankEntry } from '../../content/model';

/**
 * The final assessment's bank: its own chunk (virtual:course-bank), fetched the first time the
 * assessment, its scoring or its LMS report needs it, so the first screen never pays for it.
 * The service worker precaches it with the rest, so it loads offline too.
 */
export type BankLoader = () => Promise<readonly BankEntry[]>;

export const loadCourseBank: BankLoader = () => import('virtual:course-bank').then((m) => m.bank);

type BankState = { status: 'loading' } | { status: 'ready'; bank: readonly BankEntry[] } | { status: 'failed' };

let loaded: readonly BankEntry[] | null = null;

/** The bank for a view: loading, ready, or failed (with `retry`). */
export function useBank(): { state: BankState; retry: () => void } {
  const [state, setState] = useState<BankState>(loaded ? { status: 'ready', bank: loaded } : { status: 'loading' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (loaded) return setState({ status: 'ready', bank: loaded });
    let live = true;
    setState({ status: 'loading' });
    loadCourseBank()
      .then((bank) => {
        loaded = bank;
        if (live) setState({ status: 'ready', bank });
      })
      .catch(() => live && setState({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [tries]);
  return { state, retry: () => setTries((n) => n + 1) };
}
