import type { Scorm12Api, Scorm2004Api } from './api';

/**
 * API discovery as the SCORM run-time specs describe it: look in this window, then up the chain
 * of parents (SCORM 1.2: at most 7 levels, as ADL's reference script does; SCORM 2004: up to 500),
 * then the same from `window.opener` when the LMS opened the course in a new window.
 * A frame from another origin throws on access: that branch of the search simply ends there.
 */
const LIMITS = { API: 7, API_1484_11: 500 } as const;
const METHODS = { API: 'LMSInitialize', API_1484_11: 'Initialize' } as const;

export function findApi(win: Window, name: 'API'): Scorm12Api | null;
export function findApi(win: Window, name: 'API_1484_11'): Scorm2004Api | null;
export function findApi(win: Window, name: 'API' | 'API_1484_11'): Scorm12Api | Scorm2004Api | null {
  return searchUp(win, name) ?? (opener(win) ? searchUp(opener(win)!, name) : null);
}

function searchUp(start: Window, name: 'API' | 'API_1484_11'): Scorm12Api | Scorm2004Api | null {
  let w: Window = start;
  for (let level = 0; level <= LIMITS[name]; level++) {
    const api = read(w, name);
    if (api) return api;
    const parent = safe(() => w.parent);
    if (!parent || parent === w) return null;
    w = parent;
  }
  return null;
}

function read(w: Window, name: 'API' | 'API_1484_11'): Scorm12Api | Scorm2004Api | null {
  const api = safe(() => (w as unknown as Record<string, unknown>)[name]);
  if (typeof api !== 'object' || api === null) return null;
  return typeof (api as Record<string, unknown>)[METHODS[name]] === 'function'
    ? (api as Scorm12Api | Scorm2004Api)
    : null;
}

function opener(w: Window): Window | null {
  return safe(() => w.opener as Window | null) ?? null;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
