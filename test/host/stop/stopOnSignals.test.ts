import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, spawnChild, type BundledChild, type Child } from '../../helpers/childProcess';
import { mountSkipReason, mountSmallDisk, type SmallDisk } from '../../helpers/smallDisk';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

describe.skipIf(mountSkipReason !== null)(`stopping the browser mode while saves fail${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  let bundle: BundledChild;
  let disk: SmallDisk;
  let child: Child | null = null;
  beforeAll(async () => {
    bundle = await bundleChild(fileURLToPath(new URL('./stoppingChild.ts', import.meta.url)));
    disk = mountSmallDisk(2048);
  });
  afterEach(async () => {
    await child?.kill();
    child = null;
    await disk.unfill();
    await removeTempDataDirs();
  });
  afterAll(async () => {
    try {
      await bundle.dispose();
    } finally {
      await disk.unmount();
    }
  });

  /** A child with an unsaved edit on a full disk, ready for signals. */
  async function childWithUnsavedEdit(name: string, retryForMs: number): Promise<{ emergencyDir: string }> {
    const dataDir = join(disk.dir, name);
    await mkdir(dataDir);
    const emergencyDir = await tempDataDir();
    child = spawnChild(bundle.script, [dataDir, emergencyDir, String(retryForMs)]);
    expect(await child.nextLine()).toBe('edited');
    await disk.fill();
    child.send('check');
    expect(await child.nextLine()).toMatch(/^flush failed: The disk is full/);
    expect(await child.nextLine()).toBe('ready');
    return { emergencyDir };
  }

  async function expectEmergencyCopy(emergencyDir: string, output: string[]) {
    const [name] = await readdir(emergencyDir);
    expect(name).toMatch(/^accord-emergency-copy-.*\.accord$/);
    const path = join(emergencyDir, name!);
    expect(output.join('\n')).toContain(`An emergency copy with all of them was written to:\n\n  ${path}`);
    const copy = JSON.parse(await readFile(path, 'utf8')) as { setup: { title: string } };
    expect(copy.setup.title).toBe('Edited while the disk is full');
    // Home and temp folders may be shared: only the facilitator may read the copy.
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  }

  it('retries for a bounded time after Ctrl+C, then writes an emergency copy, names it and exits non-zero', async () => {
    const { emergencyDir } = await childWithUnsavedEdit('bounded', 300);
    child!.signal('SIGINT');
    const output = await child!.rest();
    expect(await child!.exitCode()).toBe(1);
    expect(output.join('\n')).toMatch(/could not save the latest changes: The disk is full.*\nIt keeps trying for \d+ seconds/);
    await expectEmergencyCopy(emergencyDir, output);
  });

  it('closing the terminal (SIGHUP) stops as safely as Ctrl+C: emergency copy, path, non-zero exit', async () => {
    const { emergencyDir } = await childWithUnsavedEdit('hangup', 300);
    child!.signal('SIGHUP');
    const output = await child!.rest();
    expect(await child!.exitCode()).toBe(1);
    expect(output[0]).toBe('Stopping Accord: saving pending changes…');
    await expectEmergencyCopy(emergencyDir, output);
  });

  it('a second Ctrl+C stops at once, with the emergency copy written first', async () => {
    const { emergencyDir } = await childWithUnsavedEdit('twice', 600_000);
    child!.signal('SIGINT');
    expect(await child!.nextLine()).toBe('Stopping Accord: saving pending changes…');
    expect(await child!.nextLine()).toMatch(/could not save the latest changes/);
    expect(await child!.nextLine()).toMatch(/Press Ctrl\+C again to write the copy and stop now/);
    child!.signal('SIGINT');
    const output = await child!.rest();
    expect(await child!.exitCode()).toBe(1);
    await expectEmergencyCopy(emergencyDir, output);
  });

  it('stops with exit code 0 when the last save goes through', async () => {
    const dataDir = join(disk.dir, 'fine');
    await mkdir(dataDir);
    child = spawnChild(bundle.script, [dataDir, await tempDataDir(), '300']);
    expect(await child.nextLine()).toBe('edited');
    child.send('check');
    expect(await child.nextLine()).toBe('flushed');
    expect(await child.nextLine()).toBe('ready');
    child.signal('SIGINT');
    const output = await child.rest();
    expect(output).toContain('All changes are saved. Accord has stopped.');
    expect(await child.exitCode()).toBe(0);
  });
});
