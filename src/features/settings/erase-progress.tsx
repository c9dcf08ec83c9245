import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useDeviceData } from '../../components/device-data';

type Step = 'idle' | 'confirming' | 'erasing' | 'failed';

/**
 * « Effacer ma progression sur cet appareil », with a confirmation that says what goes: the whole
 * journal of this browser standalone, or only this learner's local copy inside an LMS (the
 * platform keeps its own). The erase goes through the composition root's store, then the page
 * reloads so nothing still in memory is shown or written back.
 */
export function EraseProgress({ reload = () => window.location.reload() }: { reload?: () => void }) {
  const { t } = useTranslation();
  const device = useDeviceData();
  const [step, setStep] = useState<Step>('idle');
  const lms = device.scope === 'lms';
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  // Asking: focus goes to the question, so a screen reader reads it and what will be erased.
  useEffect(() => {
    if (step === 'confirming') confirmTitle.current?.focus();
  }, [step]);
  const erase = () => {
    setStep('erasing');
    device.eraseProgress().then(reload, (e: unknown) => {
      console.error('progress could not be erased', e);
      setStep('failed');
    });
  };
  return (
    <section className="erase-progress" aria-labelledby="erase-title">
      <h3 id="erase-title" className="fr-h6">
        {t('settings.eraseTitle')}
      </h3>
      <p>{lms ? t('settings.eraseHelpLms') : t('settings.eraseHelpBrowser')}</p>
      {step === 'idle' && (
        <button
          type="button"
          className="fr-btn fr-btn--secondary fr-icon-delete-line fr-btn--icon-left"
          onClick={() => setStep('confirming')}
        >
          {t('settings.erase')}
        </button>
      )}
      {step !== 'idle' && (
        <div className="fr-alert fr-alert--warning">
          <h4 ref={confirmTitle} tabIndex={-1} className="fr-alert__title">
            {t('settings.confirmTitle')}
          </h4>
          <p>{lms ? t('settings.confirmLms') : t('settings.confirmBrowser')}</p>
          {step === 'failed' && <p role="alert">{t('settings.eraseFailed')}</p>}
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <button type="button" className="fr-btn" disabled={step === 'erasing'} onClick={erase}>
                {step === 'erasing' ? t('settings.erasing') : t('settings.confirm')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--secondary"
                disabled={step === 'erasing'}
                onClick={() => setStep('idle')}
              >
                {t('settings.cancel')}
              </button>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
