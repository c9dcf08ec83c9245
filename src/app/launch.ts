import { TRACK_IDS } from '../content/constants';
import type { TrackId } from '../content/schema';
import { SCORM_VERSIONS, type LaunchConfig, type ScormVersion } from '../services/lms/port';

/** Reads the launch config that the SCORM packager writes into index.html (absent = standalone). */
export function readLaunchConfig(doc: Document = document): LaunchConfig {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
  const lms = meta('at-lms');
  const track = meta('at-track');
  return {
    lms: SCORM_VERSIONS.includes(lms as ScormVersion) ? (lms as ScormVersion) : 'none',
    track: TRACK_IDS.includes(track as TrackId) ? (track as TrackId) : null,
  };
}

/** `#/lecon/<id>` → the lesson id the URL asks for. */
export function lessonIdFromHash(hash: string): string | null {
  const m = /^#\/lecon\/([a-z0-9-]+)$/.exec(hash);
  return m ? m[1]! : null;
}

/**
 * Which first screen the page shows before the player has read any progress: the home for a
 * standalone launch on `#/` (or no hash), a loading line for any other route and inside an LMS
 * (where a locked track may resume straight into a lesson). The prerendered page holds both;
 * route.js (see vite-plugin-prerender) sets the same answer on <html data-route> before paint.
 */
export type BootRoute = 'home' | 'other';

export function bootRoute(hash: string, inLms: boolean): BootRoute {
  return !inLms && ROUTE_HOME.test(hash) ? 'home' : 'other';
}

/** `''`, `#` and `#/` are the home; the classic script route.js uses this same pattern. */
export const ROUTE_HOME = /^(#\/?)?$/;

/**
 * Whether the course runs in a window that a script opened (a popup), directly or in a frame of
 * one: Moodle's « New window » display opens such a popup, whose player page hosts the API and
 * the course's iframe. Only such a window may be closed by the learner without losing their
 * platform; in « Current window » the course's top window is the LMS tab itself. `opener` is
 * readable across origins; anything unreadable counts as "not a popup".
 */
export function openedAsPopup(win: Window = window): boolean {
  try {
    return Boolean(win.top?.opener);
  } catch {
    return false;
  }
}
