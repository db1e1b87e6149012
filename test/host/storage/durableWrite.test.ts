import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { durableCopy, durableWrite } from '../../../electron/host/storage/durableWrite';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import { failingWrite } from '../../helpers/failingWrite';
import { mountSkipReason, mountSmallDisk, type SmallDisk } from '../../helpers/smallDisk';
import { retitled, sampleWorkshop } from '../../helpers/storageBuilders';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

afterEach(removeTempDataDirs);

describe('durableWrite', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDataDir();
    const target = join(dir, 'w.accord.json');
    await writeFile(target, 'old');
    await durableWrite(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['w.accord.json']);
  });

  it('keeps the old file, removes its temp file and rethrows when the write fails', async () => {
    const dir = await tempDataDir();
    const target = join(dir, 'w.accord.json');
    await writeFile(target, 'old');
    await expect(durableWrite(target, 'new content', failingWrite('ENOSPC'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['w.accord.json']);
  });
});

describe('durableCopy', () => {
  it('copies byte for byte and never over an existing file', async () => {
    const dir = await tempDataDir();
    const bytes = Buffer.from([0, 255, 10, 0xc3, 0x28]);
    await writeFile(join(dir, 'a'), bytes);
    await writeFile(join(dir, 'b'), 'keep me');
    await durableCopy(join(dir, 'a'), join(dir, 'c'));
    expect(await readFile(join(dir, 'c'))).toEqual(bytes);
    await expect(durableCopy(join(dir, 'a'), join(dir, 'b'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(dir, 'b'), 'utf8')).toBe('keep me');
  });
});

describe.skipIf(mountSkipReason !== null)(`durableWrite on a real full disk${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  let disk: SmallDisk;
  beforeAll(() => {
    disk = mountSmallDisk(2048);
  });
  afterEach(() => disk.unfill());
  afterAll(async () => {
    await disk.unmount();
  });

  it('reports ENOSPC, not a short write, when the disk takes only part of the chunks', async () => {
    const target = join(disk.dir, 'w.accord.json');
    await writeFile(target, 'old');
    await disk.fill(64);
    const chunks = [Buffer.alloc(100 * 1024, 0x61), Buffer.alloc(100 * 1024, 0x62)];
    await expect(durableWrite(target, chunks)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(disk.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('tells the facilitator the disk is full when a workshop save meets a full disk', async () => {
    const repository = await createWorkshopRepository({ dataDir: join(disk.dir, 'library') });
    const workshop = sampleWorkshop();
    await repository.create(workshop);
    // Room for part of the file: the write comes back short instead of failing.
    await disk.fill(8);
    await expect(repository.save(retitled(workshop, 'Edited on a full disk'))).rejects.toThrow(/^The disk is full: .*Free some space on the disk/);
  });
});
