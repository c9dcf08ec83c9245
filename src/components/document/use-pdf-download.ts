import { useState } from 'react';
import { downloadPdf } from './download';
import type { PrintableDocument } from './printable-document';

/**
 * A PDF download as a button shows it: `idle`, `preparing` while the lazy PDF module loads and
 * writes, `failed` when it could not (offline before the module was ever cached). `start` does
 * nothing without a document.
 */
export function usePdfDownload(doc: PrintableDocument | null | undefined, fileName: string) {
  const [pdf, setPdf] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const start = async () => {
    if (!doc) return;
    setPdf('preparing');
    try {
      await downloadPdf(doc, fileName);
      setPdf('idle');
    } catch {
      setPdf('failed');
    }
  };
  return { pdf, start };
}
