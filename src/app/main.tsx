import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { home } from 'virtual:course-home';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { BootRoot } from './boot';
import { bootRoute, readLaunchConfig } from './launch';
import { applyTheme } from '../stores/theme';
import { useUi } from '../stores/ui';
import './dsfr';
import './styles.css';

/**
 * The entry: it makes the first screen live (hydrating the prerendered page, or drawing it when
 * there is none, as in SCORM packages) and starts the player's chunk beside it. What needs the
 * player (the machine, stored progress, the LMS) arrives with that chunk.
 */
const launch = readLaunchConfig();
const i18n = initI18n();
const container = document.getElementById('root')!;
document.documentElement.dataset.route = bootRoute(window.location.hash, launch.lms !== 'none');
container.dataset.boot = '';
// The chosen theme (route.js already painted it before the first paint); from here on it follows
// the system's changes while the choice is `system`.
applyTheme(useUi.getState().theme);

const boot = <BootRoot i18n={i18n} course={home} launch={launch} />;
const prerendered = container.querySelector('main') !== null;
let root: Root;
if (prerendered) root = hydrateRoot(container, boot);
else {
  root = createRoot(container);
  root.render(boot);
}

// A course authored in another language waits for its UI strings before the player renders.
const strings = home.language === 'fr' ? Promise.resolve() : changeLanguage(i18n, home.language);

void Promise.all([import('./player-root'), strings]).then(([{ startPlayer }]) =>
  startPlayer({
    root,
    i18n,
    launch,
    onTakeover: () => {
      delete container.dataset.boot;
    },
  }),
);
