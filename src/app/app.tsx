import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeView } from '../features/home/home-view';
import { Notices } from '../features/status/notices';
import { UpdatePrompt } from '../features/update/update-prompt';
import { PageHeading } from '../components/page-heading';
import { useHashSync } from './hash-sync';
import { Header } from './header';
import { openedAsPopup } from './launch';
import { useSessionLifecycle } from './lifecycle';
import { usePlayer } from '../components/player-context';
import { screenOf } from './screen';

// Only the home screen ships with the first load; the others come as their own chunks.
const LessonView = lazy(() => import('../features/lesson/lesson-view').then((m) => ({ default: m.LessonView })));
const CourseMapView = lazy(() =>
  import('../features/course-map/course-map-view').then((m) => ({ default: m.CourseMapView })),
);
const TrackCompleteView = lazy(() =>
  import('../features/complete/track-complete-view').then((m) => ({ default: m.TrackCompleteView })),
);

export function App({ inLms }: { inLms: boolean }) {
  useHashSync();
  useSessionLifecycle(inLms);
  const screen = usePlayer(screenOf);
  return (
    <>
      <Header inLms={inLms} />
      <main id="main" className="main">
        <Notices />
        <UpdatePrompt />
        <Suspense fallback={<Loading />}>
          <Screen screen={screen} />
        </Suspense>
      </main>
    </>
  );
}

function Screen({ screen }: { screen: ReturnType<typeof screenOf> }) {
  switch (screen) {
    case 'loading':
      return <Loading />;
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
