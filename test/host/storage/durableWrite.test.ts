import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { durableCopy, durableWrite } from '../../../electron/host/storage/durableWrite';
import { failingWrite } from '../../helpers/failingWrite';
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
