/**
 * Taking the work home from the browser mode: the Sign-off's Export step downloads the actions
 * as CSV (UTF-8 with a byte-order mark, CRLF record ends, a formula neutralised) and the charter
 * as Markdown (every section's title, the text the room typed).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHARTER_SECTION_IDS } from '../../src/domain/charterModel';
import { SignoffPage } from './pages/SignoffPage';
import type { HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const SAMPLE = 'Kestrel sales & marketing alignment day';
/** The charter's section titles after the cover (charterModel.ts), as the Markdown's level-2 headings. */
const SECTION_TITLES = ['Summary', 'Buying process', 'Responsibilities', 'Hand-off agreements', 'Best customers', 'Goals, metrics and incentives', 'Operating rhythm', 'Actions, parking lot and decisions', 'Pulse', 'Signatures'];

describe('take the work home', () => {
  const room = useSampleWorkshop({ client: true });
  let app: OpenApp;
  let client: HostClient;
  let folder: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'accord-exports-e2e-'));
    ({ app, client } = room);
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const download = async (testId: string, name: string): Promise<{ fileName: string; bytes: Buffer }> => {
    const started = app.page.waitForEvent('download');
    await app.page.getByTestId(testId).click();
    const file = await started;
    const path = join(folder, name);
    await file.saveAs(path);
    await app.page.getByTestId('take-home-outcome').filter({ hasText: file.suggestedFilename() }).waitFor();
    return { fileName: file.suggestedFilename(), bytes: readFileSync(path) };
  };

  it('downloads the actions as CSV and the charter as Markdown from the Export step', async () => {
    // A formula typed as an action title goes out neutralised.
    const { workshop } = (await client.api.getSession())!;
    await client.api.dispatch({ type: 'updateItem', collection: 'actions', id: workshop.actions[0]!.id, patch: { title: ' =HYPERLINK("http://evil.example","x")' } });

    await app.workshop.goToPhase('signoff');
    const signoff = new SignoffPage(app.page);
    await signoff.root.waitFor();
    await signoff.goToStep('export');
    await app.page.getByTestId('take-home-exports').waitFor();
    await expectAccessible(app.page, 'the Export step with the take-home exports');

    const csv = await download('export-actions-csv', 'actions.csv');
    expect(csv.fileName).toBe('Kestrel Fleet Systems actions.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.bytes.subarray(3).toString('utf8');
    const records = csvText.split('\r\n');
    expect(records.at(-1)).toBe('');
    expect(csvText.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(records[0]).toBe('Action,Owner,Team,Due,Status,From');
    expect(records[1]).toBe(`"' =HYPERLINK(""http://evil.example"",""x"")",Kenji Watanabe,Marketing,2026-12-17,Open,Hand-off`);
    expect(records).toHaveLength(workshop.actions.length + 2);

    const md = await download('export-charter-md', 'charter.md');
    expect(md.fileName).toBe('Kestrel Fleet Systems charter v1.md');
    const markdown = md.bytes.toString('utf8');
    expect(markdown.startsWith(`# ${SAMPLE}\n`)).toBe(true);
    // Every section but the cover (a heading of its own) and a check-in's Since last time.
    expect(SECTION_TITLES).toHaveLength(CHARTER_SECTION_IDS.length - 2);
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual(SECTION_TITLES.map((title) => `## ${title}`));
    expect(markdown).toContain('| Set up the fortnightly pipeline review | Operating rhythm | Jonas Weiß (Sales) | 10 Dec 2026 | In progress |');
  });
});
