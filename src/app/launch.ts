import type { LaunchConfig } from '../services/lms/port';

/** Reads the launch config that the SCORM packager writes into index.html (absent = standalone). */
export function readLaunchConfig(doc: Document = document): LaunchConfig {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
  const lms = meta('at-lms');
  const track = meta('at-track');
  return {
    lms: lms === 'scorm12' || lms === 'scorm2004' ? lms : 'none',
    track: track === '2h' || track === '4h' || track === '12h' ? track : null,
  };
}

/** `#/lecon/<id>` → the lesson id the URL asks for. */
export function lessonIdFromHash(hash: string): string | null {
  const m = /^#\/lecon\/([a-z0-9-]+)$/.exec(hash);
  return m ? m[1]! : null;
}
