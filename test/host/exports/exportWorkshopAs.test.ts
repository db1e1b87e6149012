/** exportWorkshopAs through the host: the open workshop as in memory, another from the library, and what is refused. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { SessionSnapshot, WorkshopExportResult, WorkshopSummary } from '../../../src/shared/accordApi';

let dataDir: string;
let host: AccordHost;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-exports-'));
  host = await createAccordHost({ dataDir });
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = <T>(method: Parameters<AccordHost['call']>[0], ...args: unknown[]) => host.call(method, args) as Promise<T>;
const exportAs = (format: string, workshopId = SAMPLE_WORKSHOP_ID) => call<WorkshopExportResult>('exportWorkshopAs', { workshopId, format });

describe('exportWorkshopAs', () => {
  it('gives the open workshop’s actions as CSV text under a file name from the company', async () => {
    const result = await exportAs('actions-csv');
    expect(result).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems actions.csv' });
    expect(result.ok && result.text?.startsWith('\uFEFFAction,Owner,Team,Due,Status,From\r\n')).toBe(true);
  });

  it('gives the current charter as Markdown, unsaved edits included', async () => {
    const { workshop } = (await call<SessionSnapshot>('getSession'))!;
    await call('dispatch', { type: 'updateItem', collection: 'actions', id: workshop.actions[0]!.id, patch: { title: 'Typed a moment ago' } });
    const result = await exportAs('charter-md');
    expect(result).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems charter v1.md' });
    const text = result.ok ? result.text! : '';
    expect(text).toContain('| Typed a moment ago |');
    expect(text).toContain('## Signatures');
  });

  it('gives the open workshop’s joint meetings as a calendar, saying which it left out, with the due dates when asked', async () => {
    const result = await exportAs('rhythm-ics');
    expect(result).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems rhythm.ics', note: '1 meeting; left out: “Quarterly planning” (needs which week of the month, a weekday and a start time)' });
    expect(result.ok && result.text?.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    const withDue = await call<WorkshopExportResult>('exportWorkshopAs', { workshopId: SAMPLE_WORKSHOP_ID, format: 'rhythm-ics', withDueDates: true });
    expect(withDue).toMatchObject({ ok: true, note: '1 meeting and 3 due dates; left out: “Quarterly planning” (needs which week of the month, a weekday and a start time)' });
  });

  it('exports a workshop that is not open from the library, leaving the open one open', async () => {
    const other = await call<WorkshopSummary>('createWorkshop', { title: 'Second day', templateId: 'transactional-smb' });
    const result = await exportAs('charter-md', other.id);
    expect(result).toMatchObject({ ok: true, fileName: 'Second day charter v1.md' });
    expect((await call<SessionSnapshot>('getSession'))!.workshop.id).toBe(SAMPLE_WORKSHOP_ID);
  });

  it('answers a workshop the library does not hold in words, and refuses a format it does not know', async () => {
    const missing = await exportAs('actions-csv', 'no-such-workshop');
    expect(missing.ok).toBe(false);
    await expect(exportAs('ics')).rejects.toThrow(/exportWorkshopAs was refused: 0\.format/);
    await expect(call('exportWorkshopAs', { workshopId: SAMPLE_WORKSHOP_ID, format: 'rhythm-ics', withDueDates: 'yes' })).rejects.toThrow(/exportWorkshopAs was refused: 0\.withDueDates/);
  });
});
