import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TrackResult } from '../../assessment/track-result';
import { DocumentView } from '../../components/document/document-view';
import { usePdfDownload } from '../../components/document/use-pdf-download';
import { usePlayerRef } from '../../components/player-context';
import { useAttestation } from './use-attestation';
import '@gouvfr/dsfr/dist/component/form/form.main.css';
import '@gouvfr/dsfr/dist/component/input/input.main.css';
import './attestation.css';

/**
 * After a pass: the learner's name (the LMS's, or typed once and kept on this device), then
 * « Télécharger mon attestation » (a one-page PDF made in the browser, its module fetched on the
 * first click) and « Imprimer mon attestation » (the same page through the print view).
 */
export function AttestationPanel({ result }: { result: TrackResult }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const uid = useId();
  const { lmsName, name, doc, fileName } = useAttestation(result);
  const [draft, setDraft] = useState(name);
  const { pdf, start: makePdf } = usePdfDownload(doc, fileName);
  if (result.standing !== 'passed') return null;

  return (
    <section className="attestation" aria-labelledby={`${uid}-title`}>
      <div className="no-print">
        <h2 id={`${uid}-title`}>{t('attestation.title')}</h2>
        <p>{t('attestation.lead')}</p>
        {lmsName ? (
          <p>{t('attestation.nameFromLms', { name: lmsName })}</p>
        ) : (
          <form
            className="attestation-name"
            onSubmit={(e) => {
              e.preventDefault();
              if (draft.trim()) player.send({ type: 'assessment.name', name: draft });
            }}
          >
            <div className="fr-input-group">
              <label className="fr-label" htmlFor={`${uid}-name`}>
                {t('attestation.nameLabel')}
                <span className="fr-hint-text">{t('attestation.nameHint')}</span>
              </label>
              <input
                className="fr-input"
                id={`${uid}-name`}
                autoComplete="name"
                maxLength={120}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            </div>
            <button type="submit" className="fr-btn fr-btn--secondary">
              {t('attestation.nameSave')}
            </button>
          </form>
        )}
        {doc ? (
          <div className="attestation-actions">
            <button
              type="button"
              className="fr-btn"
              aria-disabled={pdf === 'preparing'}
              onClick={() => pdf !== 'preparing' && void makePdf()}
            >
              {t('attestation.download')}
            </button>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => window.print()}>
              {t('attestation.print')}
            </button>
            <p role="status" className="hint">
              {pdf === 'preparing' && t('attestation.preparing')}
              {pdf === 'failed' && t('attestation.failed')}
            </p>
          </div>
        ) : (
          <p className="hint">{t('attestation.nameFirst')}</p>
        )}
      </div>
      {doc && <DocumentView doc={doc} />}
    </section>
  );
}
