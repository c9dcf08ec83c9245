import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findApi } from '../../src/services/lms/scorm/find-api';

/**
 * scorm/README.md is what an LMS administrator follows. These checks tie its claims to what the
 * code does and the other tests show, so the two cannot drift apart again.
 */
const readme = readFileSync('scorm/README.md', 'utf8').replace(/\s+/g, ' ');

describe('scorm/README.md says what happens', () => {
  it('says a relaunch opens straight on the saved lesson (scorm-adapter: resumes mid-track…), not that it offers « Reprendre »', () => {
    expect(readme).toContain('the course opens straight on the lesson where the learner left off');
    expect(readme).not.toMatch(/offers « Reprendre »/);
  });

  it('recommends the course structure « Disabled », not « Hidden », whose toggle covers the course header', () => {
    expect(readme).toMatch(/\*Display course structure in player\*: \*\*Disabled\*\* \(not \*Hidden\*/);
  });

  it('says Moodle’s « New window » popup hosts the API itself, found through the parents', () => {
    expect(readme).not.toMatch(/finds the API through `window\.opener`/);
    expect(readme).toContain('in « New window » Moodle opens a popup whose own player page hosts the API');
    // Moodle's view.js opens player.php with window.open; player.php defines the API and frames the SCO.
    const courseTab = { opener: null } as Record<string, unknown>;
    courseTab.parent = courseTab;
    const api = { LMSInitialize: () => 'true' };
    const popup = { opener: courseTab, API: api } as Record<string, unknown>;
    popup.parent = popup;
    const sco = { opener: null, parent: popup } as unknown as Window;
    expect(findApi(sco, 'API')).toBe(api);
  });

  it('describes the exit, review-mode and « Quitter » behaviour the adapter tests check', () => {
    expect(readme).toContain('`exit` = suspend goes with the first of them');
    expect(readme).toContain('In review or browse mode');
    expect(readme).toContain('`adl.nav.request` = suspendAll (incomplete) or exitAll (complete)');
    expect(readme).toContain('-interactions.csv');
  });
});
