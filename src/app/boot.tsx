import { StrictMode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { LaunchConfig } from '../services/lms/port';
import { queueIntent, useIntentPending } from '../components/player-intent';
import { HomeScreen, type HomeCourse } from '../features/home/home-screen';
import { UpdateToasts } from '../features/update/update-toasts';
import { I18nProvider, useTranslation } from '../i18n/use-translation';
import { Footer } from './footer';
import { HeaderBar } from './header-bar';

export interface BootProps {
  i18n: I18n;
  course: HomeCourse;
  launch: LaunchConfig;
}

/**
 * The page before the player runs: the same markup the build prerenders into index.html, so the
 * entry hydrates it as is. It holds both first screens, the home and a loading line for any
 * other route; CSS shows one from <html data-route> while #root has data-boot. A track chosen
 * now is queued and sent once the player is ready.
 */
export function BootRoot({ i18n, course, launch }: BootProps) {
  return (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <HeaderBar
          title={course.title}
          inLms={launch.lms !== 'none'}
          save="idle"
          lms="none"
          onHome={() => {}}
          onMap={null}
          onQuit={null}
        />
        <main id="main" className="main" tabIndex={-1}>
          {/* Empty: the update messages' live regions are in the page from the first paint. */}
          <UpdateToasts />
          <BootMain course={course} launch={launch} />
        </main>
        <Footer inLms={launch.lms !== 'none'} />
      </I18nProvider>
    </StrictMode>
  );
}

function BootMain({ course, launch }: Pick<BootProps, 'course' | 'launch'>) {
  const { t } = useTranslation();
  const waiting = useIntentPending();
  if (waiting) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <p role="status" className="boot-loading">
        {t('app.loading')}
      </p>
      <HomeScreen
        course={course}
        lockedTrack={launch.track}
        currentTrack={null}
        resume={null}
        onStart={(track) => queueIntent({ type: 'track.select', track })}
      />
    </>
  );
}
