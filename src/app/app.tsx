import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { HomeView } from '../features/home/home-view';
import { Notices } from '../features/status/notices';
import { UpdatePrompt } from '../features/update/update-prompt';
import { PageHeading } from '../components/page-heading';
import { takeIntent, useIntentPending } from '../components/player-intent';
import { DeviceDataContext, type DeviceData } from '../components/device-data';
import { DisplaySettings } from '../features/settings/display-settings';
import { applyTheme } from '../stores/theme';
import { useUi } from '../stores/ui';
import { Footer } from './footer';
import { useHashSync } from './hash-sync';
import { Header } from './header';
import { bootRoute, openedAsPopup, type BootRoute } from './launch';
import { useSessionLifecycle } from './lifecycle';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { screenOf } from './screen';

// Only the home screen ships with the first load; the others come as their own chunks.
const loadLesson = () => import('../features/lesson/lesson-view');
const loadMap = () => import('../features/course-map/course-map-view');
const LessonView = lazy(() => loadLesson().then((m) => ({ default: m.LessonView })));
const CourseMapView = lazy(() => loadMap().then((m) => ({ default: m.CourseMapView })));
const TrackCompleteView = lazy(() =>
  import('../features/complete/track-complete-view').then((m) => ({ default: m.TrackCompleteView })),
);
const InfoPageView = lazy(() => import('../features/legal/info-page').then((m) => ({ default: m.InfoPageView })));

/**
 * Once the first screen works, fetch the screens a learner opens next (lesson, then map) at an
 * idle moment, so the first click on a track does not wait for their code too.
 */
function usePrefetchScreens(ready: boolean) {
  useEffect(() => {
    if (!ready) return;
    const run = () =>
      void loadLesson()
        .then(loadMap)
        .catch(() => {});
    if (typeof requestIdleCallback !== 'function') return void setTimeout(run, 0);
    const id = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [ready]);
}

/**
 * The page frame: DSFR header, the current screen (or an information page), footer, and the
 * display settings dialog. `device` comes from the composition root: what the erase control may do.
 */
export function App({ inLms, device }: { inLms: boolean; device: DeviceData }) {
  useHashSync();
  useSessionLifecycle(inLms);
  const player = usePlayerRef();
  const screen = usePlayer(screenOf);
  // While progress loads, the page keeps the first screen it was prerendered with.
  const [route] = useState<BootRoute>(() => bootRoute(window.location.hash, inLms));
  usePrefetchScreens(screen !== 'loading');
  useEffect(() => {
    if (screen === 'loading') return;
    const wish = takeIntent();
    if (wish) player.send(wish);
  }, [screen, player]);
  const page = useUi((s) => s.page);
  const theme = useUi((s) => s.theme);
  useEffect(() => applyTheme(theme), [theme]);
  // The quit view wins over an information page: the session has ended.
  const infoPage = screen !== 'closed' ? page : null;
  return (
    <DeviceDataContext.Provider value={device}>
      <Header inLms={inLms} />
      <main id="main" className="main" tabIndex={-1}>
        <Notices />
        <UpdatePrompt />
        <Suspense fallback={<Loading />}>
          {infoPage ? <InfoPageView page={infoPage} inLms={inLms} /> : <Screen screen={screen} route={route} />}
        </Suspense>
      </main>
      <Footer inLms={inLms} />
      <DisplaySettings />
    </DeviceDataContext.Provider>
  );
}

function Screen({ screen, route }: { screen: ReturnType<typeof screenOf>; route: BootRoute }) {
  const waiting = useIntentPending();
  switch (screen) {
    case 'loading':
      return route === 'home' && !waiting ? <HomeView /> : <Loading />;
    case 'failed':
      return <Failed />;
    case 'home':
      return <HomeView />;
    case 'lesson':
      return <LessonView />;
    case 'map':
      return <CourseMapView />;
    case 'complete':
      return <TrackCompleteView />;
    case 'closed':
      return <QuitView />;
  }
}

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}

function Failed() {
  const { t } = useTranslation();
  const error = usePlayer((s) => s.context.error);
  return (
    <div role="alert">
      <PageHeading focusKey="failed">{t('app.failed')}</PageHeading>
      <p>{t('app.failedHelp')}</p>
      <pre className="error-detail">{error}</pre>
      <button type="button" className="fr-btn" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/** After « Quitter » (only inside an LMS): closing is only advice in a popup; otherwise the LMS's own way back. */
function QuitView() {
  const { t } = useTranslation();
  return <PageHeading focusKey="quit">{t(openedAsPopup() ? 'app.quitDone' : 'app.quitDoneLms')}</PageHeading>;
}
