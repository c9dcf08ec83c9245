import { describe, expect, it } from 'vitest';
import { manifestInfo } from '../../scorm/package/manifest-info';
import { manifest12 } from '../../scorm/package/manifest-scorm12';
import { manifest2004 } from '../../scorm/package/manifest-scorm2004';
import { validateManifest } from '../../scorm/package/validate-manifest';
import { spine } from '../../src/content/spine';
import { realCourse } from '../helpers/mini-course';

const { outline } = realCourse();

describe('the pass mark in the SCORM manifests', () => {
  it('declares the 12 h pass mark as adlcp:masteryscore (1.2) and minNormalizedMeasure (2004), valid against the XSDs', async () => {
    const m12 = manifest12(manifestInfo(outline, '12h', 'scorm12', ['index.html']));
    const m04 = manifest2004(manifestInfo(outline, '12h', 'scorm2004', ['index.html']));
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m04).toMatch(/<imsss:primaryObjective [^>]*satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.8</);
    expect(await validateManifest(m12, 'scorm12')).toMatchObject({ ok: true });
    expect(await validateManifest(m04, 'scorm2004')).toMatchObject({ ok: true });
  });

  it('gives 2 h and 4 h no assessment and no pass mark', () => {
    for (const track of ['2h', '4h'] as const) {
      expect(outline.tracks.find((t) => t.id === track)!.passMark).toBeUndefined();
      expect(spine(outline, track).some((l) => l.assessmentId)).toBe(false);
      expect(manifest12(manifestInfo(outline, track, 'scorm12', ['index.html']))).not.toContain('masteryscore');
      expect(manifest2004(manifestInfo(outline, track, 'scorm2004', ['index.html']))).not.toContain('Measure');
    }
    expect(outline.assessment).toMatchObject({ track: '12h', passMark: 0.8, lessonId: 's7-evaluation-finale' });
  });
});
