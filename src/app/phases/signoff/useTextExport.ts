/**
 * Exporting the actions as CSV, the charter as Markdown or the rhythm as a calendar, one at a time. The browser mode
 * downloads the text; the desktop app has saved it where the facilitator chose and says where.
 */
import { useCallback, useRef, useState } from 'react';
import type { WorkshopExportFormat } from '../../../shared/accordApi';
import { hostApi } from '../../bridge/hostApi';
import { downloadText } from '../../library/downloadText';
import { errorMessage } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';

const MEDIA_TYPES = { 'actions-csv': 'text/csv;charset=utf-8', 'charter-md': 'text/markdown;charset=utf-8', 'rhythm-ics': 'text/calendar;charset=utf-8' } as const satisfies Record<WorkshopExportFormat, string>;
const WHAT = { 'actions-csv': 'The actions', 'charter-md': 'The charter', 'rhythm-ics': 'The calendar' } as const satisfies Record<WorkshopExportFormat, string>;

export interface TextExportOutcome {
  format: WorkshopExportFormat;
  kind: 'done' | 'failed';
  message: string;
}

export function useTextExport(workshopId: string) {
  const [running, setRunning] = useState<WorkshopExportFormat | null>(null);
  const [outcome, setOutcome] = useState<TextExportOutcome | null>(null);
  // Set at once, before React re-renders: a double click never starts a second export.
  const busy = useRef(false);

  const run = useCallback(
    async (format: WorkshopExportFormat, options: { withDueDates?: boolean } = {}) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(format);
      setOutcome(null);
      const failed = (message: string) => {
        setOutcome({ format, kind: 'failed', message });
        showToast({ kind: 'error', message });
      };
      try {
        const result = await hostApi().exportWorkshopAs({ workshopId, format, ...(options.withDueDates !== undefined && { withDueDates: options.withDueDates }) });
        if (result.ok) {
          // The calendar says what it holds and which meetings it left out.
          const note = result.note ? ` ${result.note.charAt(0).toUpperCase()}${result.note.slice(1)}.` : '';
          if (result.text !== undefined) {
            downloadText(result.fileName, result.text, MEDIA_TYPES[format]);
            setOutcome({ format, kind: 'done', message: `Downloaded “${result.fileName}”. It is in your browser’s downloads.${note}` });
          } else {
            setOutcome({ format, kind: 'done', message: `${result.savedTo ? `Saved to ${result.savedTo}` : `Saved “${result.fileName}”.`}${note}` });
          }
        } else if (!result.canceled) {
          failed(`${WHAT[format]} could not be exported: ${result.message}`);
        }
      } catch (error) {
        failed(`${WHAT[format]} could not be exported: ${errorMessage(error)} Check that Accord is still running, then try again.`);
      } finally {
        busy.current = false;
        setRunning(null);
      }
    },
    [workshopId],
  );

  return { running, outcome, run };
}
