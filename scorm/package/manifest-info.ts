import type { CourseOutline } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { SCORM_VERSIONS, type ScormVersion } from '../../src/services/lms/port';
export type { ScormVersion };
export const VERSIONS: readonly ScormVersion[] = SCORM_VERSIONS;

/** What a manifest says about one package: one organization, one item, one SCO. */
export interface ManifestInfo {
  /** xs:ID values: stable across course versions, so an LMS updating the package keeps its learners' data. */
  manifestId: string;
  orgId: string;
  itemId: string;
  resourceId: string;
  version: string;
  title: string;
  /** The track's pass mark in [0, 1], when it has an assessment: 1.2 masteryscore, 2004 minNormalizedMeasure. */
  passMark?: number;
  /** Every file of the SCO, relative to the package root, with forward slashes. */
  files: string[];
}

export function manifestInfo(
  outline: CourseOutline,
  track: TrackId,
  version: ScormVersion,
  files: string[],
): ManifestInfo {
  const t = outline.tracks.find((x) => x.id === track);
  if (!t) throw new Error(`track ${track} is not declared by course ${outline.id}`);
  const base = `${outline.id}-${track}`;
  return {
    manifestId: `${base}-${version}`,
    orgId: `org-${base}`,
    itemId: `item-${base}`,
    resourceId: `sco-${base}`,
    version: outline.version,
    title: `${outline.title} — ${t.label} · ${t.title}`,
    ...(t.passMark !== undefined && outline.assessment?.track === track ? { passMark: t.passMark } : {}),
    files: [...files].sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b))),
  };
}

export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A file path as a manifest href: a relative URL, each segment percent-encoded. */
export function href(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
