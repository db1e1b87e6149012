/**
 * A real small filesystem for storage tests: a tmpfs mounted on a temp folder, which can be
 * filled to the brim or remounted read-only. Mounting needs root (CAP_SYS_ADMIN); where it is
 * not permitted, `mountSkipReason` says why and the test skips with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function probeMount(): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts are a Linux feature';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'mounting a tmpfs needs root';
  const dir = mkdtempSync(join(tmpdir(), 'accord-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return null;
  } catch {
    return 'mounting a tmpfs is not permitted here (no CAP_SYS_ADMIN)';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Null where a tmpfs can be mounted; otherwise the one-line reason to skip. */
export const mountSkipReason: string | null = probeMount();

export interface SmallDisk {
  /** The mount point: a real filesystem of `sizeKb`. */
  dir: string;
  /** Writes a filler file until the filesystem refuses more bytes, then frees `leaveKb` again. */
  fill(leaveKb?: number): Promise<void>;
  /** Removes the filler again. */
  unfill(): Promise<void>;
  remount(mode: 'ro' | 'rw'): void;
  unmount(): Promise<void>;
}

const FILLER = '.filler';

export function mountSmallDisk(sizeKb = 2048): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'accord-small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  let mounted = true;
  return {
    dir,
    async fill(leaveKb = 0) {
      const handle = await open(join(dir, FILLER), 'a+');
      const block = Buffer.alloc(64 * 1024, 0x2e);
      try {
        for (;;) {
          const { bytesWritten } = await handle.write(block);
          if (bytesWritten < block.length) break;
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        if (leaveKb > 0) {
          const { size } = await handle.stat();
          await handle.truncate(Math.max(0, size - leaveKb * 1024));
        }
        await handle.close();
      }
    },
    async unfill() {
      await rm(join(dir, FILLER), { force: true });
    },
    remount(mode) {
      execFileSync('mount', ['-o', `remount,${mode}`, dir]);
    },
    async unmount() {
      if (!mounted) return;
      mounted = false;
      execFileSync('umount', ['-l', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
