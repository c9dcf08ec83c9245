import { useTranslation } from 'react-i18next';
import { CourseMapView } from '../features/course-map/course-map-view';
import { TrackCompleteView } from '../features/complete/track-complete-view';
import { HomeView } from '../features/home/home-view';
import { LessonView } from '../features/lesson/lesson-view';
import { Notices } from '../features/status/notices';
import { PageHeading } from '../components/page-heading';
import { useUi } from '../stores/ui';
import { useHashSync } from './hash-sync';
import { Header } from './header';
import { useSessionLifecycle } from './lifecycle';
import { usePlayer } from './player-context';
import { screenOf } from './screen';

export function App({ inLms }: { inLms: boolean }) {
  useHashSync();
  useSessionLifecycle();
  const screen = usePlayer(screenOf);
  const quit = useUi((s) => s.quit);
  return (
    <>
      <Header inLms={inLms} />
      <main id="main" className="main">
        <Notices />
        {quit ? <QuitView /> : <Screen screen={screen} />}
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
      <button type="button" className="button" onClick={() => window.location.reload()}>{t('app.reload')}</button>
    </div>
  );
}

function QuitView() {
  const { t } = useTranslation();
  return <PageHeading focusKey="quit">{t('app.quitDone')}</PageHeading>;
}
