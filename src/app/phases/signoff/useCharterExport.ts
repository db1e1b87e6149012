/**
 * Exporting a charter version as a PDF, one at a time: printing and sealing take seconds, so
 * the button shows progress and ignores a second click. The browser mode downloads the file;
 * the desktop app has saved it where the facilitator chose and says where.
 */
import { useCallback, useRef, useState } from 'react';
import type { PaperSize } from '../../../domain/workshopSchema';
import { hostApi } from '../../bridge/hostApi';
import { errorMessage } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { downloadPdf } from './downloadPdf';

/** Which export runs: a version number, 'current', or nothing. */
type Running = number | 'current' | null;

export interface ExportOutcome {
  /** null for the current version. */
  version: number | null;
  kind: 'done' | 'failed';
  message: string;
}

export function useCharterExport(workshopId: string, paperSize: PaperSize) {
  const [running, setRunning] = useState<Running>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  // Set at once, before React re-renders: a double click never starts a second export.
  const busy = useRef(false);

  const run = useCallback(
    async (version: number | null) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(version ?? 'current');
      setOutcome(null);
      try {
        const result = await hostApi().exportCharter({ workshopId, version, paperSize });
        if (result.ok) {
          if (result.pdfBase64) {
            downloadPdf(result.fileName, result.pdfBase64);
            setOutcome({ version, kind: 'done', message: `Downloaded “${result.fileName}”. It is in your browser’s downloads.` });
          } else {
            setOutcome({ version, kind: 'done', message: result.savedTo ? `Saved to ${result.savedTo}` : `Saved “${result.fileName}”.` });
          }
        } else if (!result.canceled) {
          const message = `The PDF could not be made: ${result.message}`;
          setOutcome({ version, kind: 'failed', message });
          showToast({ kind: 'error', message });
        }
      } catch (error) {
        const message = `The PDF could not be made: ${errorMessage(error)} Check that Accord is still running, then try again.`;
        setOutcome({ version, kind: 'failed', message });
        showToast({ kind: 'error', message });
      } finally {
        busy.current = false;
        setRunning(null);
      }
    },
    [workshopId, paperSize],
  );

  return { running, outcome, run };
}
