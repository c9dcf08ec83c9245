import { useTranslation } from '../../i18n/use-translation';
import { downloadHtml } from '../../components/document/download';
import { usePdfDownload } from '../../components/document/use-pdf-download';
import type { PrintableDocument } from '../../components/document/printable-document';

/**
 * Print, web page and PDF for a document. The PDF module is fetched on the first click only;
 * while it loads the button says so, and a failure (offline before it was ever cached) is told.
 */
export function DocumentActions({ doc, fileName }: { doc: PrintableDocument; fileName: string }) {
  const { t } = useTranslation();
  const { pdf, start: makePdf } = usePdfDownload(doc, fileName);
  return (
    <div className="roadmap-actions">
      <button type="button" className="fr-btn" onClick={() => window.print()}>
        {t('roadmap.print')}
      </button>
      <button type="button" className="fr-btn fr-btn--secondary" onClick={() => downloadHtml(doc, fileName)}>
        {t('roadmap.downloadHtml')}
      </button>
      <button
        type="button"
        className="fr-btn fr-btn--secondary"
        aria-disabled={pdf === 'preparing'}
        onClick={() => pdf !== 'preparing' && void makePdf()}
      >
        {t('roadmap.downloadPdf')}
      </button>
      <p role="status" className="hint roadmap-actions-status">
        {pdf === 'preparing' && t('roadmap.preparingPdf')}
        {pdf === 'failed' && t('roadmap.pdfFailed')}
      </p>
    </div>
  );
}
