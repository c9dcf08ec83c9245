import { documentHtml } from './document-html';
import type { PrintableDocument } from './printable-document';

/** Hands `data` to the browser as a file download (a blob URL, revoked once the click is done). */
export function downloadFile(filename: string, data: string | Uint8Array, type: string) {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `<name>.html`: the document as a standalone web page. */
export function downloadHtml(d: PrintableDocument, name: string) {
  downloadFile(`${name}.html`, documentHtml(d), 'text/html;charset=utf-8');
}

/**
 * `<name>.pdf`. pdf-lib comes in its own chunk, fetched on the first call only (the service
 * worker has it precached for offline use). Rejects if the chunk cannot load or rendering fails.
 */
export async function downloadPdf(d: PrintableDocument, name: string): Promise<void> {
  const { documentPdf } = await import('./document-pdf');
  downloadFile(`${name}.pdf`, await documentPdf(d), 'application/pdf');
}
