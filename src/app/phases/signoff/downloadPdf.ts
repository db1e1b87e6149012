/** Saves a PDF the host returned as base64 through a Blob and a temporary link (the browser mode's download). */
import { decodeBase64 } from './encodeBase64';

export function downloadPdf(fileName: string, pdfBase64: string): void {
  const url = URL.createObjectURL(new Blob([decodeBase64(pdfBase64)], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some engines start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
