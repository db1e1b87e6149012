import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopSummary } from '../../src/shared/accordApi';
import { listLibraryAtStart, refreshLibrary, refreshLibraryOnShow, useLibraryStore } from '../../src/app/stores/libraryStore';
import { installFakeHostWithoutStartListing, type fakeHostApi } from './fakeHostApi';

describe('libraryStore', () => {
  let host: ReturnType<typeof fakeHostApi>;

  beforeEach(async () => {
    host = await installFakeHostWithoutStartListing();
    useLibraryStore.setState({ loaded: false, summaries: [], error: null });
  });

  it('lets the library, first shown while the list asked for at start is on its way, wait for that one', async () => {
    let answer!: (summaries: WorkshopSummary[]) => void;
    host.api.listWorkshops.mockImplementationOnce(() => new Promise<WorkshopSummary[]>((resolve) => (answer = resolve)) as Promise<never[]>);
    const atStart = listLibraryAtStart();
    const onShow = refreshLibraryOnShow();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
    answer([]);
    await Promise.all([atStart, onShow]);
    expect(useLibraryStore.getState().loaded).toBe(true);
  });

  it('takes the list asked for at start as fresh when it arrived just before the library showed', async () => {
    await listLibraryAtStart();
    await refreshLibraryOnShow();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
  });

  it('reads the library again whenever it comes into view later, and after every change', async () => {
    await listLibraryAtStart();
    await refreshLibraryOnShow();
    await refreshLibraryOnShow();
    await refreshLibrary();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(3);
  });

  it('asks again when the library is shown after the list asked for at start failed', async () => {
    host.api.listWorkshops.mockRejectedValueOnce(new Error('The disk is gone'));
    await listLibraryAtStart();
    expect(useLibraryStore.getState().error).toContain('The disk is gone');
    await refreshLibraryOnShow();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(2);
    expect(useLibraryStore.getState().error).toBeNull();
  });

  it('asks when the library is shown without a list asked for at start (back from a workshop)', async () => {
    await refreshLibraryOnShow();
    expect(host.api.listWorkshops).toHaveBeenCalledTimes(1);
  });
});
