import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HomeView } from '../features/home/home-view';
import { Notices } from '../features/status/notices';
import { UpdatePrompt } from '../features/update/update-prompt';
import { PageHeading } from '../components/page-heading';
import { DeviceDataContext, type DeviceData } from '../components/device-data';
import { DisplaySettings } from '../features/settings/display-settings';
import { applyTheme } from '../stores/theme';
import { useUi } from '../stores/ui';
import { Footer } from './footer';
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
const InfoPageView = lazy(() => import('../features/legal/info-page').then((m) => ({ default: m.InfoPageView })));

/**
 * The page frame: DSFR header, the current screen (or an information page), footer, and the
 * display settings dialog. `device` comes from the composition root: what the erase control may do.
 */
export function App({ inLms, device }: { inLms: boolean; device: DeviceData }) {
  useHashSync();
  useSessionLifecycle(inLms);
  const screen = usePlayer(screenOf);
  const quit = useUi((s) => s.quit);
  const page = useUi((s) => s.page);
  const theme = useUi((s) => s.theme);
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <DeviceDataContext.Provider value={device}>
      <Header inLms={inLms} />
      <main id="main" className="main" tabIndex={-1}>
        <Notices />
        <UpdatePrompt />
        <Suspense fallback={<Loading />}>
          {quit ? <QuitView /> : page ? <InfoPageView page={page} inLms={inLms} /> : <Screen screen={screen} />}
        </Suspense>
      </main>
      <Footer inLms={inLms} />
      <DisplaySettings />
    </DeviceDataContext.Provider>
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
