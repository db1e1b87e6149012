// Notices show local times; a fixed zone lets the tests assert "14:10 on 22 Nov" exactly.
process.env.TZ = 'UTC';

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWorkshopText } from '../../../src/domain/parseWorkshop';
import { CURRENT_SCHEMA_VERSION, type Workshop } from '../../../src/domain/workshopSchema';
import { MAX_IMPORT_BYTES } from '../../../src/shared/accordApi';
import { writeAndSync, type WriteAndSync } from '../../../electron/host/storage/durableWrite';
import { exportFileName } from '../../../electron/host/storage/exportFileName';
import { createWorkshopRepository, type WorkshopRepositoryOptions } from '../../../electron/host/storage/workshopRepository';
import { failingWrite } from '../../helpers/failingWrite';
import { hashTree } from '../../helpers/hashTree';
import { aStoredWorkshop, editedSampleText, retitled, sampleText, sampleWorkshop } from '../../helpers/storageBuilders';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

afterEach(removeTempDataDirs);

/** A library in a fresh folder, with a clock the test can set. */
async function aLibrary(options: Partial<WorkshopRepositoryOptions> = {}) {
  const dataDir = await tempDataDir();
  const clock = { now: new Date('2026-11-22T14:00:00.000Z') };
  const repository = await createWorkshopRepository({ dataDir, now: () => clock.now, ...options });
  const file = (id: string) => join(dataDir, 'workshops', `${id}.accord.json`);
  const setTime = (hhmm: string) => (clock.now = new Date(`2026-11-22T${hhmm}:00.000Z`));
  return { dataDir, repository, file, setTime };
}

const textOf = (workshop: Workshop) => JSON.stringify(workshop);
const newerFile = (change: (d: Record<string, any>) => void = () => undefined) =>
  editedSampleText((d) => {
    d.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    d.setup.futureField = 'something this version does not know';
    change(d);
  });

describe('createWorkshopRepository', () => {
  it('opens a file from before control characters were refused, with them removed, and says so once', async () => {
    const { repository, file } = await aLibrary();
    const stored = aStoredWorkshop({ title: 'Day one' });
    await writeFile(file('w1'), textOf({ ...stored, setup: { ...stored.setup, venue: 'Room\u0007 Atlas', company: 'Kestrel\nFleet' } }));
    const opened = await repository.open('w1');
    expect(opened.workshop.setup.venue).toBe('Room Atlas');
    expect(opened.notices).toEqual([
      '“Day one” held characters that Accord no longer accepts in 2 text fields (control characters such as NUL or ESC, or line breaks in one-line fields). They were removed; nothing else changed.',
    ]);
    // A clean file opens without a word.
    await writeFile(file('w2'), textOf(aStoredWorkshop({ id: 'w2' })));
    expect((await repository.open('w2')).notices).toEqual([]);
  });

  it('creates the library folders and removes temp files a crash left behind', async () => {
    const dataDir = await tempDataDir();
    await mkdir(join(dataDir, 'workshops'), { recursive: true });
    await mkdir(join(dataDir, 'snapshots', 'w1'), { recursive: true });
    await writeFile(join(dataDir, 'workshops', '.w1.accord.json.4242.a1b2c3.tmp'), '{"half');
    await writeFile(join(dataDir, 'workshops', 'w1.accord.json'), textOf(aStoredWorkshop()));
    await writeFile(join(dataDir, 'snapshots', 'w1', '.2026-11-22T14-00-00-000Z.accord.json.4242.d4e5f6.tmp'), '');

    await createWorkshopRepository({ dataDir });

    expect((await readdir(dataDir)).sort()).toEqual(['damaged', 'deleted', 'snapshots', 'workshops']);
    expect(await readdir(join(dataDir, 'workshops'))).toEqual(['w1.accord.json']);
    expect(await readdir(join(dataDir, 'snapshots', 'w1'))).toEqual([]);
  });
});

describe('create and open', () => {
  it('opens what it created, with no notices', async () => {
    const { repository } = await aLibrary();
    const workshop = sampleWorkshop();
    await repository.create(workshop);
    expect(await repository.open(workshop.id)).toEqual({ workshop, readOnlyReason: null, notices: [] });
  });

  it('refuses an id that already exists and keeps the file', async () => {
    const { repository, file } = await aLibrary();
    await repository.create(aStoredWorkshop({ title: 'First' }));
    const before = await readFile(file('w1'));
    await expect(repository.create(aStoredWorkshop({ title: 'Second' }))).rejects.toMatchObject({ code: 'exists' });
    expect(await readFile(file('w1'))).toEqual(before);
  });

  it.each(['../escape', '..', 'a/b', 'a\\b', '', 'x'.repeat(65), 'C:\\Windows', 'w1.accord.json'])(
    'refuses the id %j before it reaches a path',
    async (id) => {
      // Nested two levels deep, so that anything climbing out of the library would still show up in `outer`.
      const outer = await tempDataDir();
      const repository = await createWorkshopRepository({ dataDir: join(outer, 'a', 'library') });
      await repository.create(aStoredWorkshop());
      const before = await hashTree(outer);
      await expect(repository.open(id)).rejects.toMatchObject({ code: 'notFound' });
      await expect(repository.exportText(id)).rejects.toMatchObject({ code: 'notFound' });
      await expect(repository.delete(id)).rejects.toMatchObject({ code: 'notFound' });
      await expect(repository.save({ ...aStoredWorkshop(), id })).rejects.toMatchObject({ code: 'notFound' });
      await expect(repository.snapshot({ ...aStoredWorkshop(), id })).rejects.toMatchObject({ code: 'notFound' });
      expect(await hashTree(outer)).toEqual(before);
    },
  );

  it('says when there is no such workshop', async () => {
    const { repository } = await aLibrary();
    await expect(repository.open('nobody')).rejects.toMatchObject({ code: 'notFound', message: expect.stringContaining('nobody') });
  });
});

describe('list', () => {
  it('returns every workshop’s summary, newest change first', async () => {
    const { repository } = await aLibrary();
    await repository.create(aStoredWorkshop({ id: 'old', title: 'Old day', updatedAt: '2026-01-01T10:00:00.000Z' }));
    await repository.create(aStoredWorkshop({ id: 'new', title: 'New day', company: 'Kestrel', updatedAt: '2026-11-20T10:00:00.000Z' }));
    await repository.create(aStoredWorkshop({ id: 'mid', title: 'Mid day', updatedAt: '2026-06-01T12:00:00+02:00' }));
    const list = await repository.list();
    expect(list.map((s) => s.id)).toEqual(['new', 'mid', 'old']);
    expect(list[0]).toEqual({
      id: 'new',
      title: 'New day',
      company: 'Kestrel',
      date: '',
      updatedAt: '2026-11-20T10:00:00.000Z',
      participantCount: 0,
      stageCount: aStoredWorkshop().stages.length,
      problem: null,
      newerVersion: false,
      isCheckIn: false,
      series: { id: 'new', position: 0, follows: null, title: 'New day', size: 1, followedBy: 0 },
      canHaveCheckIn: false,
      signedAt: null,
    });
  });

  it('lists a damaged file with a problem and leaves it where it is', async () => {
    const { repository, dataDir, file } = await aLibrary();
    await repository.create(aStoredWorkshop());
    const broken = JSON.stringify({ schemaVersion: 1, setup: { title: 'Broken day' } });
    await writeFile(file('broken'), broken);
    const summary = (await repository.list()).find((s) => s.id === 'broken');
    expect(summary).toMatchObject({ title: 'Broken day', newerVersion: false });
    expect(summary?.problem).toMatch(/^The saved file is damaged \(.+\) and there is no snapshot to restore; opening it moves the file to .+damaged\.$/);
    expect(await readFile(file('broken'), 'utf8')).toBe(broken);
    expect(await readdir(join(dataDir, 'damaged'))).toEqual([]);
  });

  it('shows a damaged file with the details of its newest snapshot', async () => {
    const { repository, file, setTime } = await aLibrary();
    setTime('14:05');
    await repository.create(aStoredWorkshop({ title: 'Saved day', company: 'Kestrel' }));
    await repository.snapshot(aStoredWorkshop({ title: 'Snapshot day', company: 'Kestrel' }));
    await writeFile(file('w1'), Buffer.from([0xff, 0xfe, 0x00]));
    expect(await repository.list()).toEqual([
      expect.objectContaining({
        id: 'w1',
        title: 'Snapshot day',
        company: 'Kestrel',
        problem: 'The saved file is damaged (the file is not UTF-8 text). Opening it restores the snapshot from 14:05 on 22 Nov.',
      }),
    ]);
  });

  it('marks a file from a newer Accord', async () => {
    const { repository, file } = await aLibrary();
    await writeFile(file('future'), newerFile());
    expect(await repository.list()).toEqual([
      expect.objectContaining({ id: 'future', title: sampleWorkshop().setup.title, newerVersion: true, problem: null }),
    ]);
  });

  it('skips temp files and files that are not workshops', async () => {
    const { repository, dataDir, file } = await aLibrary();
    await repository.create(aStoredWorkshop());
    for (const name of ['.w1.accord.json.77.abc.tmp', 'readme.txt', 'bad name.accord.json', '.hidden.accord.json']) {
      await writeFile(join(dataDir, 'workshops', name), '{}');
    }
    expect(await readFile(file('w1'), 'utf8')).toContain(`"schemaVersion":${CURRENT_SCHEMA_VERSION}`);
    expect((await repository.list()).map((s) => s.id)).toEqual(['w1']);
  });
});

describe('open', () => {
  it('removes temp files of that workshop left by a crash', async () => {
    const { repository, dataDir } = await aLibrary();
    await repository.create(aStoredWorkshop());
    await writeFile(join(dataDir, 'workshops', '.w1.accord.json.999.abc.tmp'), '{"par');
    await writeFile(join(dataDir, 'workshops', '.w2.accord.json.999.abc.tmp'), '{"par');
    await repository.open('w1');
    expect((await readdir(join(dataDir, 'workshops'))).sort()).toEqual(['.w2.accord.json.999.abc.tmp', 'w1.accord.json']);
  });

  it('moves a damaged file aside and restores the newest snapshot, saying so in plain words', async () => {
    const { repository, dataDir, file, setTime } = await aLibrary();
    const workshop = aStoredWorkshop({ title: 'Day v0' });
    await repository.create(workshop);
    setTime('14:05');
    await repository.snapshot(retitled(workshop, 'Day v1'));
    setTime('14:10');
    await repository.snapshot(retitled(workshop, 'Day v2'));
    const damagedBytes = Buffer.from('{"schemaVersion": 1, "id": "w1", "setu');
    await writeFile(file('w1'), damagedBytes);
    setTime('14:30');

    const opened = await repository.open('w1');

    const keptAt = join(dataDir, 'damaged', 'w1.2026-11-22T14-30-00-000Z.accord.json');
    expect(opened.workshop).toEqual(retitled(workshop, 'Day v2'));
    expect(opened.readOnlyReason).toBeNull();
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toMatch(/^The saved file of “Day v2” was damaged \(The file is not valid JSON \(.+\)\)\. /);
    expect(opened.notices[0]).toContain(
      `Accord restored the snapshot from 14:10 on 22 Nov; changes made after that are not in it. The damaged file is kept at ${keptAt}.`,
    );
    expect(await readFile(keptAt)).toEqual(damagedBytes);
    const onDisk = parseWorkshopText(await readFile(file('w1'), 'utf8'));
    expect(onDisk.kind === 'ok' && onDisk.workshop).toEqual(retitled(workshop, 'Day v2'));
  });

  it('names an empty file as such', async () => {
    const { repository, file } = await aLibrary();
    const workshop = aStoredWorkshop();
    await repository.create(workshop);
    await repository.snapshot(workshop);
    await writeFile(file('w1'), '');
    const opened = await repository.open('w1');
    expect(opened.notices[0]).toContain('was damaged (the file is empty)');
  });

  it('shows a file from a newer Accord read-only and never writes or moves it', async () => {
    const { repository, dataDir, file } = await aLibrary();
    const text = newerFile();
    await writeFile(file('future'), text);
    const opened = await repository.open('future');
    expect(opened.readOnlyReason).toBe(`It was made by a newer version of Accord (schema ${CURRENT_SCHEMA_VERSION + 1}); update Accord to edit it. Shown read-only.`);
    expect(opened.workshop.setup.title).toBe(sampleWorkshop().setup.title);
    expect(opened.workshop.id).toBe('future');
    await expect(repository.save(opened.workshop)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('read-only') });
    await expect(repository.snapshot(opened.workshop)).rejects.toMatchObject({ message: expect.stringContaining('read-only') });
    expect(await readFile(file('future'), 'utf8')).toBe(text);
    expect(await readdir(join(dataDir, 'damaged'))).toEqual([]);
    expect(await readdir(join(dataDir, 'snapshots'))).toEqual([]);
  });

  it('asks to update Accord when not even the known fields of a newer file can be read', async () => {
    const { repository, dataDir, file } = await aLibrary();
    const text = newerFile((d) => (d.teams = 'a shape this version does not know'));
    await writeFile(file('future'), text);
    await expect(repository.open('future')).rejects.toMatchObject({ code: 'unrecoverable', message: expect.stringContaining('Update Accord to open it') });
    expect(await readFile(file('future'), 'utf8')).toBe(text);
    expect(await readdir(join(dataDir, 'damaged'))).toEqual([]);
  });

  it('uses the file name as the id, so that saving never overwrites another workshop', async () => {
    const { repository, file } = await aLibrary();
    await repository.create(aStoredWorkshop({ id: 'w1', title: 'Original' }));
    await writeFile(file('w9'), await readFile(file('w1')));
    const opened = await repository.open('w9');
    expect(opened.workshop.id).toBe('w9');
    expect(opened.notices).toEqual([expect.stringContaining('carried the id w1')]);
    await repository.save(retitled(opened.workshop, 'Copy edited'));
    expect((await repository.open('w1')).workshop.setup.title).toBe('Original');
    expect((await repository.open('w9')).workshop.setup.title).toBe('Copy edited');
  });
});

describe('save', () => {
  it('replaces the file and leaves no temp file', async () => {
    const { repository, dataDir } = await aLibrary();
    await repository.create(aStoredWorkshop());
    await repository.save(retitled(aStoredWorkshop(), 'Renamed'));
    expect((await repository.open('w1')).workshop.setup.title).toBe('Renamed');
    expect(await readdir(join(dataDir, 'workshops'))).toEqual(['w1.accord.json']);
  });

  it.each([
    ['ENOSPC', /^The disk is full: Accord could not save “Renamed”\. The version saved before is unchanged\. Free some space on the disk that holds .+workshops\.$/],
    ['EACCES', /^Accord may not write to .+workshops: Accord could not save “Renamed”\. The version saved before is unchanged\. Check the permissions/],
    ['EROFS', /^The disk that holds .+workshops is read-only: Accord could not save “Renamed”\./],
    ['EIO', /^The disk reported an error \(EIO\): Accord could not save “Renamed”\./],
  ] as const)('reports %s in plain words and leaves the saved file as it was', async (code, message) => {
    const { repository, dataDir, file } = await aLibrary();
    await repository.create(aStoredWorkshop());
    const before = await readFile(file('w1'));
    const failing = await createWorkshopRepository({ dataDir, writeFile: failingWrite(code) });
    await expect(failing.save(retitled(aStoredWorkshop(), 'Renamed'))).rejects.toMatchObject({ name: 'RepositoryError', code: 'io', message: expect.stringMatching(message) });
    expect(await readFile(file('w1'))).toEqual(before);
    expect(await readdir(join(dataDir, 'workshops'))).toEqual(['w1.accord.json']);
  });

  it('refuses to create or snapshot a document that would not open again', async () => {
    const { repository, file } = await aLibrary();
    await repository.create(aStoredWorkshop());
    const before = await readFile(file('w1'));
    const invalid = retitled(aStoredWorkshop(), 'x'.repeat(301));
    await expect(repository.create({ ...invalid, id: 'w2' })).rejects.toThrow(/would not open again \(setup\.title: must be at most 300 characters\)/);
    await expect(repository.snapshot(invalid)).rejects.toThrow(/would not open again/);
    expect(await readFile(file('w1'))).toEqual(before);
    await expect(readFile(file('w2'))).rejects.toThrow(/ENOENT/);
  });

  it('finishes two saves of one workshop in the order they were asked for', async () => {
    const { repository, dataDir } = await aLibrary();
    await repository.create(aStoredWorkshop());
    let calls = 0;
    const slowFirst: WriteAndSync = async (path, data) => {
      if (calls++ === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      await writeAndSync(path, data);
    };
    const slow = await createWorkshopRepository({ dataDir, writeFile: slowFirst });
    await Promise.all([slow.save(retitled(aStoredWorkshop(), 'First')), slow.save(retitled(aStoredWorkshop(), 'Second'))]);
    expect((await repository.open('w1')).workshop.setup.title).toBe('Second');
  });
});

describe('snapshot', () => {
  const snapshotTitles = async (dataDir: string, id: string) => {
    const folder = join(dataDir, 'snapshots', id);
    const names = (await readdir(folder)).sort();
    return Promise.all(names.map(async (name) => (JSON.parse(await readFile(join(folder, name), 'utf8')) as Workshop).setup.title));
  };

  it('keeps only the newest snapshots, up to the limit', async () => {
    const { repository, dataDir, setTime } = await aLibrary({ snapshotLimit: 3 });
    const workshop = aStoredWorkshop();
    await repository.create(workshop);
    for (const [index, title] of ['s1', 's2', 's3', 's4', 's5'].entries()) {
      setTime(`14:0${index}`);
      await repository.snapshot(retitled(workshop, title));
    }
    expect(await snapshotTitles(dataDir, 'w1')).toEqual(['s3', 's4', 's5']);
  });

  it('keeps the order of snapshots taken in one millisecond or after the clock went back', async () => {
    const { repository, dataDir, setTime, file } = await aLibrary();
    const workshop = aStoredWorkshop();
    await repository.create(workshop);
    setTime('14:10');
    await repository.snapshot(retitled(workshop, 'a'));
    await repository.snapshot(retitled(workshop, 'b'));
    setTime('13:00');
    await repository.snapshot(retitled(workshop, 'c'));
    expect(await snapshotTitles(dataDir, 'w1')).toEqual(['a', 'b', 'c']);
    await writeFile(file('w1'), 'garbage');
    expect((await repository.open('w1')).workshop.setup.title).toBe('c');
  });

  it('reports a full disk and keeps the snapshots already taken', async () => {
    const { repository, dataDir } = await aLibrary();
    await repository.create(aStoredWorkshop());
    await repository.snapshot(aStoredWorkshop());
    const before = await hashTree(dataDir);
    const failing = await createWorkshopRepository({ dataDir, writeFile: failingWrite('ENOSPC') });
    await expect(failing.snapshot(retitled(aStoredWorkshop(), 'later'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/^The disk is full: Accord could not take a snapshot of “later”\. The workshop file itself is unaffected\./),
    });
    expect(await hashTree(dataDir)).toEqual(before);
  });
});

describe('delete', () => {
  it('moves the file and its snapshots to deleted/ without unlinking anything', async () => {
    const { repository, dataDir, file, setTime } = await aLibrary();
    await repository.create(aStoredWorkshop());
    await repository.snapshot(aStoredWorkshop());
    const bytes = await readFile(file('w1'));
    setTime('15:00');
    await repository.delete('w1');
    expect(await repository.list()).toEqual([]);
    await expect(repository.open('w1')).rejects.toMatchObject({ code: 'notFound' });
    const folder = join(dataDir, 'deleted', 'w1.2026-11-22T15-00-00-000Z');
    expect(await readFile(join(folder, 'w1.accord.json'))).toEqual(bytes);
    expect(await readdir(join(folder, 'snapshots'))).toHaveLength(1);
    expect(await readdir(join(dataDir, 'snapshots'))).toEqual([]);
  });

  it('refuses an unknown workshop', async () => {
    const { repository } = await aLibrary();
    await expect(repository.delete('nobody')).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('importText', () => {
  it('stores a valid file under a fresh id and leaves the workshop it came from alone', async () => {
    const { repository, file } = await aLibrary({ newId: () => 'imported-1' });
    await repository.create(sampleWorkshop());
    const before = await readFile(file(sampleWorkshop().id));
    const result = await repository.importText('kestrel.accord.json', sampleText());
    expect(result).toEqual({ ok: true, summary: expect.objectContaining({ id: 'imported-1', title: sampleWorkshop().setup.title, problem: null }) });
    expect((await repository.open('imported-1')).workshop).toEqual({ ...sampleWorkshop(), id: 'imported-1' });
    expect(await readFile(file(sampleWorkshop().id))).toEqual(before);
    expect((await repository.list()).map((s) => s.id).sort()).toEqual(['imported-1', 'sample-kestrel']);
  });

  it('names the field that is wrong, counts the other problems and changes nothing on disk', async () => {
    const { repository, dataDir } = await aLibrary();
    await repository.create(aStoredWorkshop());
    const before = await hashTree(dataDir);
    const text = editedSampleText((d) => {
      d.stages[2].name = 'n'.repeat(301);
      d.stages[3].name = 'n'.repeat(301);
    });
    const result = await repository.importText('kestrel.accord.json', text);
    expect(result).toEqual({
      ok: false,
      message: 'kestrel.accord.json was not imported: stages[2].name: must be at most 300 characters; and 1 more problem.',
      rejections: [
        { path: 'stages[2].name', message: 'must be at most 300 characters' },
        { path: 'stages[3].name', message: 'must be at most 300 characters' },
      ],
    });
    expect(await hashTree(dataDir)).toEqual(before);
  });

  it('refuses a file from a newer Accord', async () => {
    const { repository } = await aLibrary();
    const result = await repository.importText('future.accord.json', newerFile());
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('newer version of Accord; update Accord to import it'), rejections: [{ path: 'schemaVersion' }] });
    expect(await repository.list()).toEqual([]);
  });

  it('measures the size in bytes and refuses a file that is too large before parsing it', async () => {
    const { repository } = await aLibrary();
    // Two bytes per character: under the limit in characters, over it in bytes.
    const text = 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const result = await repository.importText('big.accord.json', text);
      expect(result).toMatchObject({ ok: false, message: 'big.accord.json was not imported: it is 20.1 MB, more than the 20 MB Accord imports.' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('shows only the file name, without folders or control characters', async () => {
    const { repository } = await aLibrary();
    const result = await repository.importText('C:\\Users\\dana/evil\u0007\u202e.json', 'nope');
    expect(result.ok === false && result.message).toMatch(/^evil\.json was not imported: The file is not valid JSON/);
  });
});

describe('exportText', () => {
  it('returns compact JSON that imports again, named after the title', async () => {
    const { repository } = await aLibrary({ newId: () => 'copy' });
    await repository.create(sampleWorkshop());
    const exported = await repository.exportText(sampleWorkshop().id);
    expect(exported.fileName).toBe('kestrel-sales-marketing-alignment-day.accord');
    expect(exported.text).toBe(`${JSON.stringify(sampleWorkshop())}\n`);
    expect(await repository.importText(exported.fileName, exported.text)).toMatchObject({ ok: true });
    expect((await repository.open('copy')).workshop).toEqual({ ...sampleWorkshop(), id: 'copy' });
  });

  it('exports a file from a newer Accord unchanged, with the fields this version does not know', async () => {
    const { repository, file } = await aLibrary();
    await writeFile(file('future'), newerFile());
    expect((await repository.exportText('future')).text).toBe(newerFile());
  });

  it('refuses a damaged file and says to open it first', async () => {
    const { repository, file } = await aLibrary();
    await writeFile(file('w1'), '{');
    await expect(repository.exportText('w1')).rejects.toMatchObject({ code: 'unrecoverable', message: expect.stringContaining('Open it first') });
  });
});

describe('exportFileName', () => {
  it.each([
    ['Kestrel alignment day', 'kestrel-alignment-day.accord'],
    ['../../etc/passwd', 'etc-passwd.accord'],
    ['a\\b/c:d*?"<>|e', 'a-b-c-d-e.accord'],
    ['Tab\there\u0000NUL\nnewline\u202e', 'tab-here-nul-newline.accord'],
    ['Zoë’s Straße', 'zoë-s-straße.accord'],
    ['東京 ワークショップ', '東京-ワークショップ.accord'],
    ['', 'workshop.accord'],
    ['...', 'workshop.accord'],
    ['CON', 'workshop-con.accord'],
    ['x'.repeat(200), `${'x'.repeat(80)}.accord`],
  ])('makes %j into %j', (title, fileName) => {
    expect(exportFileName(title)).toBe(fileName);
  });
});
