import { describe, expect, it } from 'vitest';
import { screenTitle } from '../../src/components/page-heading';

const SITE = 'Alliances & Territoires';

describe('the tab title of each screen (RGAA 8.6)', () => {
  it('names the screen before the site', () => {
    expect(screenTitle('Plan du parcours', SITE)).toBe('Plan du parcours — Alliances & Territoires');
  });

  it('keeps the site title alone on the home, whose h1 is the site title', () => {
    expect(screenTitle('Alliances & Territoires', SITE)).toBe(SITE);
    expect(screenTitle('  ', SITE)).toBe(SITE);
  });

  it('folds the line breaks of a heading into one line, keeping no-break spaces', () => {
    expect(screenTitle('Qu’est-ce\n  qu’une alliance\u00A0?', SITE)).toBe(
      'Qu’est-ce qu’une alliance\u00A0? — Alliances & Territoires',
    );
  });
});
