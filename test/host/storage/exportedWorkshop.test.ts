import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import { MAX_IMPORT_BYTES } from '../../../src/shared/accordApi';
import { requestArgsSchemas } from '../../../src/shared/requestSchemas';
import { buildLargeWorkshop } from '../../helpers/buildLargeWorkshop';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

afterEach(removeTempDataDirs);

describe('exported workshops', () => {
  it('a workshop that saves within the import limit exports (and copies) within it, and imports again', async () => {
    // Just under the limit on disk; pretty-printed, the same workshop would be over it.
    const workshop = buildLargeWorkshop({ activities: 3_850, notes: 7_700 });
    expect(Buffer.byteLength(JSON.stringify(workshop, null, 2))).toBeGreaterThan(MAX_IMPORT_BYTES);
    const dataDir = await tempDataDir();
    const repository = await createWorkshopRepository({ dataDir });
    await repository.create(workshop);
    expect((await stat(join(dataDir, 'workshops', `${workshop.id}.accord.json`))).size).toBeLessThanOrEqual(MAX_IMPORT_BYTES);

    const exported = await repository.exportText(workshop.id);
    expect(Buffer.byteLength(exported.text)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(requestArgsSchemas.importWorkshop.safeParse([exported.fileName, exported.text]).success).toBe(true);
    const imported = await repository.importText(exported.fileName, exported.text);
    expect(imported).toMatchObject({ ok: true, summary: { title: workshop.setup.title } });
  }, 60_000);
});
