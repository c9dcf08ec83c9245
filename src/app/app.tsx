import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { HomeView } from '../features/home/home-view';
import { Notices } from '../features/status/notices';
import { UpdatePrompt } from '../features/update/update-prompt';
import { PageHeading } from '../components/page-heading';
import { takeIntent, useIntentPending } from '../components/player-intent';
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

export function App({ inLms }: { inLms: boolean }) {
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
  return (
    <>
      <Header inLms={inLms} />
      <main id="main" className="main">
        <Notices />
        <UpdatePrompt />
        <Suspense fallback={<Loading />}>
          <Screen screen={screen} route={route} />
        </Suspense>
      </main>
    </>
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
      <button type="button" className="button" onClick={() => window.location.reload()}>
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
