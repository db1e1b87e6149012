import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertContiguous, migrateDocument, MIGRATIONS, type MigrationStep } from '../../src/domain/migrations';
import { parseCadence } from '../../src/domain/parseCadence';
import { parseWorkshopText, parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { noRoomFocus } from '../../src/domain/roomFocus';
import { CURRENT_SCHEMA_VERSION, noFacilitatorNotes, type Workshop } from '../../src/domain/workshopSchema';
import { charterContent } from '../../src/domain/charterContent';
import { verifySignatureChain } from '../../src/domain/signoff';
import { aWorkshop, fingerprintOf, sha256 } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, workshop as anyWorkshop } from '../helpers/workshopArbitraries';
import { canonicalJson } from '../../src/domain/canonicalJson';
import fc from 'fast-check';

const sample = () => createSampleWorkshop('2026-11-22T09:00:00.000Z');
const pathsOf = (outcome: ReturnType<typeof parseWorkshopValue>) => (outcome.kind === 'invalid' ? outcome.rejections.map((r) => r.path) : []);

describe('parseWorkshop', () => {
  it('accepts the sample workshop and every template', () => {
    expect(parseWorkshopValue(sample()).kind).toBe('ok');
    for (const t of ['b2b-considered', 'transactional-smb', 'enterprise-committee', 'blank']) expect(parseWorkshopValue(aWorkshop(t)).kind).toBe('ok');
  });

  it('reads the committed fixture of every released schema version', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      const text = readFileSync(new URL(`../fixtures/schema-v${version}.accord.json`, import.meta.url), 'utf8');
      const outcome = parseWorkshopText(text);
      expect(outcome.kind, `schema v${version}`).toBe('ok');
    }
  });

  it('names the field of a schema error', () => {
    const w = sample();
    (w.stages[2] as { name: unknown }).name = 42;
    expect(pathsOf(parseWorkshopValue(w))).toContain('stages[2].name');
  });

  it('rejects unknown keys, including __proto__, without polluting prototypes', () => {
    const text = JSON.stringify(sample()).replace('"setup":{', '"setup":{"__proto__":{"polluted":true},');
    const outcome = parseWorkshopText(text);
    expect(outcome.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects dangling references and duplicate ids with their paths', () => {
    const w = sample();
    w.participants[1]!.teamId = 'finance';
    w.actions[1]!.id = w.actions[0]!.id;
    expect(pathsOf(parseWorkshopValue(w))).toEqual(expect.arrayContaining(['participants[1].teamId', 'actions[1].id']));
  });

  it('explains non-JSON and non-workshop input', () => {
    expect(parseWorkshopText('{"schemaVersion": 1,')).toMatchObject({ kind: 'invalid', rejections: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] });
    expect(parseWorkshopValue([1, 2])).toMatchObject({ kind: 'invalid' });
    expect(pathsOf(parseWorkshopValue({ schemaVersion: '1' }))).toEqual(['schemaVersion']);
  });

  it('keeps what it understands of a document from a newer version, for read-only display', () => {
    const newer = { ...sample(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, futureField: { x: 1 }, setup: { ...sample().setup, mood: 'great' } };
    const outcome = parseWorkshopValue(newer);
    expect(outcome.kind).toBe('newer');
    if (outcome.kind !== 'newer') return;
    expect(outcome.fileVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(outcome.workshop?.setup.company).toBe('Kestrel Fleet Systems');
  });
});

describe('migrations', () => {
  const steps: MigrationStep[] = [
    { from: 1, describe: 'rename venue to place', migrate: ({ venue, ...rest }) => ({ ...rest, place: venue }) },
    { from: 2, describe: 'add a tag', migrate: (doc) => ({ ...doc, tag: 'v3' }) },
  ];

  it('the released steps are contiguous up to the current version', () => {
    expect(() => assertContiguous(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('runs every step in order from the document version, purely', () => {
    const input = { schemaVersion: 1, venue: 'Atlas' };
    const { doc, from } = migrateDocument(input, steps, 3);
    expect(doc).toEqual({ schemaVersion: 3, place: 'Atlas', tag: 'v3' });
    expect(from).toBe(1);
    expect(input).toEqual({ schemaVersion: 1, venue: 'Atlas' });
    expect(migrateDocument({ schemaVersion: 2, place: 'B' }, steps, 3).doc).toEqual({ schemaVersion: 3, place: 'B', tag: 'v3' });
  });

  it('hands a document already at the current version through without copying it, and copies before a step that changes its document in place', () => {
    const current = { schemaVersion: 3, place: 'C', nested: { a: 1 } };
    expect(migrateDocument(current, steps, 3).doc).toBe(current);
    const mutating: MigrationStep[] = [{ from: 1, describe: 'in place', migrate: (doc) => Object.assign(doc, { nested: Object.assign(doc.nested as object, { b: 2 }) }) }];
    const old = { schemaVersion: 1, nested: { a: 1 } };
    expect(migrateDocument(old, mutating, 2).doc).toEqual({ schemaVersion: 2, nested: { a: 1, b: 2 } });
    expect(old).toEqual({ schemaVersion: 1, nested: { a: 1 } });
  });

  it('never changes the value it parses, with or without a migration', () => {
    for (const raw of [sample(), JSON.parse(readFileSync(new URL('../fixtures/schema-v1.accord.json', import.meta.url), 'utf8')) as object]) {
      const before = JSON.stringify(raw);
      expect(parseWorkshopValue(raw).kind).toBe('ok');
      expect(JSON.stringify(raw)).toBe(before);
    }
  });

  it('refuses a gap or a wrong order in the steps', () => {
    expect(() => assertContiguous([steps[1]!], 2)).toThrow(/reads version 2; expected 1/);
    expect(() => assertContiguous(steps, 2)).toThrow(/Expected 1 migration steps/);
  });

  it('a failing migration becomes a readable rejection, not a crash', () => {
    const broken: MigrationStep[] = [{ from: 1, describe: 'throws', migrate: () => { throw new Error('bad data'); } }];
    expect(parseWorkshopValue({ schemaVersion: 1 }, broken, 2)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'schemaVersion', message: expect.stringMatching(/bad data/) }] });
  });
});

describe('migration 1 → 2: the sign-off record', () => {
  const v1Text = () => readFileSync(new URL('../fixtures/schema-v1.accord.json', import.meta.url), 'utf8');

  it('opens the version 1 fixture with everything it said, and an unsigned charter version 1', () => {
    const raw = JSON.parse(v1Text()) as Record<string, unknown>;
    const outcome = parseWorkshopText(v1Text());
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(1);
    const { signoff, schemaVersion, room, facilitatorNotes, timeSpent, rhythm, ...rest } = beforeCheckIns(outcome.workshop);
    expect(room).toEqual({ screen: 'live', breakEndsAt: null, focus: noRoomFocus() });
    expect(facilitatorNotes).toEqual(withoutCheckInNotes(noFacilitatorNotes()));
    expect(timeSpent).toEqual([]);
    // Nobody signed a version 1 file: its meetings' cadences are read into schedules, their words kept.
    expect(withoutSchedules(rhythm)).toEqual(raw.rhythm);
    expect(rhythm.meetings.map((m) => m.schedule)).toEqual([parseCadence('Every second Monday, 45 min').schedule, parseCadence('Quarterly, half day').schedule]);
    const { signatures, schemaVersion: _, rhythm: _rhythm, ...restV1 } = raw;
    expect(signatures).toEqual([]);
    expect(schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const { setup, ...restWithoutSetup } = rest;
    const { setup: setupV1, ...restV1WithoutSetup } = restV1 as { setup: object };
    expect(restWithoutSetup).toEqual(restV1WithoutSetup);
    expect(setup).toEqual({ ...setupV1, paperSize: null });
    expect(signoff).toEqual({ charterVersion: 1, versions: [], signatures: [], absent: [], acceptedWarnings: [], reviewSection: null, reviewPage: 0 });
  });

  it('refuses a version 1 file holding signatures, which no Accord wrote, and says why instead of dropping them', () => {
    const raw = JSON.parse(v1Text()) as Record<string, unknown>;
    raw.signatures = [{ id: 's1', participantId: 'p1', typedName: 'M', teamId: 'leadership', fingerprint: 'a'.repeat(64), charterVersion: 1, drawing: 'M0 0', signedAt: '2026-11-22T09:00:00.000Z' }];
    expect(parseWorkshopValue(raw)).toEqual({
      kind: 'invalid',
      rejections: [{ path: 'schemaVersion', message: expect.stringMatching(/^could not be migrated: this file holds a signature in a form no version of Accord wrote .*sign the charter again$/) }],
    });
  });

  it('leaves a version 1 document without a signatures list without sign-off, so the missing part is named', () => {
    const raw = JSON.parse(v1Text()) as Record<string, unknown>;
    delete raw.signatures;
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'signoff' }] });
  });

  it('opens the version 2 fixture, signed by the sponsor and one more participant, with an intact chain', () => {
    const outcome = parseWorkshopText(readFileSync(new URL('../fixtures/schema-v2.accord.json', import.meta.url), 'utf8'));
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    const { signatures } = outcome.workshop.signoff;
    expect(signatures.map((s) => [s.participantId, s.signedAt, s.timeZone])).toEqual([
      ['p1', '2026-11-22T16:05:00+01:00', 'Europe/Berlin'],
      ['p5', '2026-11-22T16:07:30+01:00', 'Europe/Berlin'],
    ]);
    expect(signatures[0]!.fingerprint).toBe(fingerprintOf(outcome.workshop));
    expect(verifySignatureChain(signatures, sha256, fingerprintOf(outcome.workshop))).toEqual({ ok: true });
  });
});

describe('migration 2 → 3: charter paper and the section under review', () => {
  const v2 = () => JSON.parse(readFileSync(new URL('../fixtures/schema-v2.accord.json', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('opens the version 2 fixture with paper that follows the machine and no section under review, its signatures and fingerprint unchanged', () => {
    const raw = v2();
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(2);
    expect(outcome.workshop.setup.paperSize).toBeNull();
    expect(outcome.workshop.signoff.reviewSection).toBeNull();
    expect({ ...outcome.workshop.setup, paperSize: undefined }).toEqual({ ...(raw.setup as object), paperSize: undefined });
    expect(outcome.workshop.signoff.signatures).toEqual((raw.signoff as { signatures: unknown }).signatures);
    expect(fingerprintOf(outcome.workshop)).toBe(outcome.workshop.signoff.signatures[0]!.fingerprint);
  });

  it('leaves a version 2 document without setup or sign-off for validation to name', () => {
    const raw = v2();
    delete raw.setup;
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'setup' }] });
  });

  it('reads the version 3 fixture with its paper size and the section under review', () => {
    const outcome = parseWorkshopText(readFileSync(new URL('../fixtures/schema-v3.accord.json', import.meta.url), 'utf8'));
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.workshop.setup.paperSize).toBe('letter');
    expect(outcome.workshop.signoff.reviewSection).toBe('signatures');
  });
});

describe('migration 4 → 5: what the projector shows, and private notes', () => {
  it('opens the version 4 fixture live on the projector with no facilitator notes, everything else as it was', () => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/schema-v4.accord.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(4);
    const { room, facilitatorNotes, schemaVersion, timeSpent: _, rhythm, ...rest } = beforeCheckIns(outcome.workshop);
    expect(room).toEqual({ screen: 'live', breakEndsAt: null, focus: noRoomFocus() });
    expect(facilitatorNotes).toEqual(withoutCheckInNotes(noFacilitatorNotes()));
    expect(schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(withoutSchedules(rhythm)).toEqual(raw.rhythm);
    expect(rest).toEqual(Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'schemaVersion' && key !== 'rhythm')));
  });

  it('reads the version 5 fixture with its break screen and notes, and refuses notes for a phase that does not exist, or none for one that does', () => {
    const text = readFileSync(new URL('../fixtures/schema-v5.accord.json', import.meta.url), 'utf8');
    const outcome = parseWorkshopText(text);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.workshop.room).toEqual({ screen: 'break', breakEndsAt: '2026-11-22T09:45:00.000Z', focus: noRoomFocus() });
    expect(outcome.workshop.facilitatorNotes.pulse).toMatch(/biggest gap/);
    const raw = JSON.parse(text) as Record<string, unknown>;
    raw.facilitatorNotes = { ...noFacilitatorNotes(), lunch: 'sandwiches' };
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: expect.stringMatching(/^facilitatorNotes/) }] });
    const { pulse: _, ...withoutPulse } = noFacilitatorNotes();
    raw.facilitatorNotes = withoutPulse;
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'facilitatorNotes.pulse' }] });
    raw.facilitatorNotes = noFacilitatorNotes();
    raw.room = { screen: 'dimmed', breakEndsAt: null };
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: expect.stringMatching(/^room/) }] });
  });
});

describe('migration 5 → 6: the time spent per agenda item', () => {
  const v5 = () => JSON.parse(readFileSync(new URL('../fixtures/schema-v5.accord.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const v6Text = () => readFileSync(new URL('../fixtures/schema-v6.accord.json', import.meta.url), 'utf8');

  it('opens the version 5 fixture with no time recorded, everything else as it was, its charter fingerprint unchanged', () => {
    const raw = v5();
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(5);
    const { timeSpent, schemaVersion, room, rhythm, ...rest } = beforeCheckIns(outcome.workshop);
    expect(timeSpent).toEqual([]);
    expect(schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(room).toEqual({ ...(raw.room as object), focus: noRoomFocus() });
    expect(withoutSchedules(rhythm)).toEqual(raw.rhythm);
    expect(rest).toEqual(Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'schemaVersion' && key !== 'room' && key !== 'rhythm')));
    expect(fingerprintOf(outcome.workshop)).toBe(fingerprintOf(raw as unknown as Workshop));
  });

  it('keeps a version 5 timer running: its stint counts from its start once the file opens', () => {
    const raw = v5();
    raw.timer = { agendaItemId: 'k-n', runningSince: '2026-11-22T11:00:00.000Z', elapsedSeconds: 120, extraMinutes: 0 };
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.workshop.timer).toEqual(raw.timer);
    expect(outcome.workshop.timeSpent).toEqual([]);
  });

  it('reads the version 6 fixture with the time each item took, and refuses a negative, fractional or repeated entry', () => {
    const outcome = parseWorkshopText(v6Text());
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(6);
    expect(outcome.workshop.timeSpent.map((entry) => [entry.agendaItemId, entry.seconds])).toEqual([['k-k', 960], ['k-l', 2040], ['k-m', 4320], ['k-n', 300]]);
    const withEntry = (entry: object, at = 1) => {
      const raw = JSON.parse(v6Text()) as { timeSpent: object[] };
      raw.timeSpent[at] = entry;
      return parseWorkshopValue(raw);
    };
    expect(withEntry({ agendaItemId: 'k-l', firstStartedAt: '2026-11-22T09:16:00.000Z', seconds: -5 })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'timeSpent[1].seconds' }] });
    expect(withEntry({ agendaItemId: 'k-l', firstStartedAt: '2026-11-22T09:16:00.000Z', seconds: 1.5 })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'timeSpent[1].seconds' }] });
    expect(withEntry({ agendaItemId: 'k-l', firstStartedAt: 'yesterday', seconds: 5 })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'timeSpent[1].firstStartedAt' }] });
    expect(withEntry({ agendaItemId: 'k-k', firstStartedAt: '2026-11-22T09:16:00.000Z', seconds: 5 })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'timeSpent[1].agendaItemId', message: expect.stringMatching(/repeats/) }] });
    // An item removed after it ran keeps its time: the day still started when it did.
    expect(withEntry({ agendaItemId: 'removed-item', firstStartedAt: '2026-11-22T08:30:00.000Z', seconds: 60 }).kind).toBe('ok');
  });
});

describe('migration 6 → 7: what the facilitator is discussing, for the projector', () => {
  const v6 = () => JSON.parse(readFileSync(new URL('../fixtures/schema-v6.accord.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const v7Text = () => readFileSync(new URL('../fixtures/schema-v7.accord.json', import.meta.url), 'utf8');

  it('opens the version 6 fixture with no stage in focus and the matrix chosen, everything else as it was, its charter fingerprint unchanged', () => {
    const raw = v6();
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(6);
    const { room, schemaVersion, rhythm, ...rest } = beforeCheckIns(outcome.workshop);
    expect(schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(room).toEqual({ screen: 'live', breakEndsAt: null, focus: { stageId: null, responsibilitiesView: 'matrix' } });
    expect(withoutSchedules(rhythm)).toEqual(raw.rhythm);
    expect(rest).toEqual(Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'schemaVersion' && key !== 'room' && key !== 'rhythm')));
    expect(fingerprintOf(outcome.workshop)).toBe(fingerprintOf(raw as unknown as Workshop));
  });

  it('leaves a version 6 room that is not an object for validation to name', () => {
    const raw = v6();
    raw.room = 'live';
    expect(parseWorkshopValue(raw)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'room' }] });
  });

  it('reads the version 7 fixture with its focused stage and view, and refuses a view that does not exist or a focus without a stage entry', () => {
    const outcome = parseWorkshopText(v7Text());
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(7);
    expect(outcome.workshop.room.focus).toEqual({ stageId: 'k-a', responsibilitiesView: 'swimlanes' });
    const withFocus = (focus: unknown) => {
      const raw = JSON.parse(v7Text()) as { room: Record<string, unknown> };
      raw.room.focus = focus;
      return parseWorkshopValue(raw);
    };
    expect(withFocus({ stageId: 'k-a', responsibilitiesView: 'kanban' })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'room.focus.responsibilitiesView' }] });
    expect(withFocus({ responsibilitiesView: 'matrix' })).toMatchObject({ kind: 'invalid', rejections: [{ path: 'room.focus.stageId' }] });
    // A stage removed after it was in focus leaves its id: the projector reads it as no focus.
    expect(withFocus({ stageId: 'removed-stage', responsibilitiesView: 'matrix' }).kind).toBe('ok');
  });
});

describe('migration 7 → 8: a schedule for each joint meeting', () => {
  const v7 = () => JSON.parse(readFileSync(new URL('../fixtures/schema-v7.accord.json', import.meta.url), 'utf8')) as { rhythm: { meetings: Record<string, unknown>[] }; signoff: Record<string, unknown> } & Record<string, unknown>;
  const v8Text = () => readFileSync(new URL('../fixtures/schema-v8.accord.json', import.meta.url), 'utf8');
  const opened = (raw: object) => {
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    return outcome.workshop;
  };

  it('leaves a signed charter exactly as its signers saw it: the words kept, no schedule, the fingerprint and the signatures unchanged', () => {
    const raw = v7();
    const workshop = opened(raw);
    expect(workshop.rhythm.meetings.map((m) => [m.cadence, m.schedule])).toEqual([['Every second Monday, 45 min', null], ['Quarterly, half day', null]]);
    expect(withoutSchedules(workshop.rhythm)).toEqual(raw.rhythm);
    expect(fingerprintOf(workshop)).toBe(workshop.signoff.signatures[0]!.fingerprint);
    expect(verifySignatureChain(workshop.signoff.signatures, sha256, fingerprintOf(workshop))).toEqual({ ok: true });
  });

  it('reads an unsigned charter’s cadences into schedules where the words allow, keeping every word, and leaves the rest without one', () => {
    const raw = v7();
    raw.signoff = { ...raw.signoff, signatures: [] };
    raw.rhythm.meetings[0]!.cadence = 'Monthly, first Tuesday at 9:00 for 1 hour';
    raw.rhythm.meetings.push({ ...raw.rhythm.meetings[1]!, id: 'm3', cadence: 'Daily stand-up, when the CRO can' }, { ...raw.rhythm.meetings[1]!, id: 'm4', cadence: '' });
    const workshop = opened(raw);
    expect(workshop.rhythm.meetings.map((m) => m.cadence)).toEqual(['Monthly, first Tuesday at 9:00 for 1 hour', 'Quarterly, half day', 'Daily stand-up, when the CRO can', '']);
    expect(workshop.rhythm.meetings.map((m) => m.schedule)).toEqual([
      { frequency: 'monthly', everyWeeks: 1, weekOfMonth: 'first', weekday: 'tuesday', startTime: '09:00', durationMinutes: 60, timeZone: '', firstDate: '' },
      { frequency: 'quarterly', everyWeeks: 1, weekOfMonth: null, weekday: null, startTime: '', durationMinutes: 240, timeZone: '', firstDate: '' },
      null,
      null,
    ]);
  });

  it('migrates generated version 7 documents, whatever their cadences say: valid, words kept, a schedule only where the charter is unsigned', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    const cadence = fc.oneof(
      fc.constantFrom('Weekly on Tuesday 9:00', 'Every two weeks', 'Quarterly, half day', 'Monthly, last Friday 16:00-17:30 Europe/Berlin', 'Bi-weekly', 'Daily', 'Every 99 weeks', 'at 25:99', 'Monday Monday Tuesday', '2026-02-30 weekly'),
      fc.string({ maxLength: 60 }).map((text) => text.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')),
    );
    fc.assert(
      fc.property(anyWorkshop, fc.array(cadence, { minLength: 1, maxLength: 5 }), (w, words) => {
        const raw = JSON.parse(JSON.stringify(w)) as { schemaVersion: number; rhythm: { meetings: Record<string, unknown>[] } };
        raw.schemaVersion = 7;
        raw.rhythm.meetings = raw.rhythm.meetings.map(({ schedule: _, ...meeting }, index) => ({ ...meeting, cadence: words[index % words.length] }));
        const outcome = parseWorkshopValue(raw);
        if (outcome.kind !== 'ok') throw new Error(`${JSON.stringify(outcome).slice(0, 500)}`);
        const signed = w.signoff.signatures.length > 0;
        outcome.workshop.rhythm.meetings.forEach((meeting, index) => {
          expect(meeting.cadence).toBe(raw.rhythm.meetings[index]!.cadence);
          expect(meeting.schedule).toEqual(signed ? null : parseCadence(meeting.cadence).schedule);
        });
        expect(withoutSchedules(outcome.workshop.rhythm)).toEqual(raw.rhythm);
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('reads the version 8 fixture: schedules on the current version, signed again; the first signed version kept without them, its fingerprint intact', () => {
    const outcome = parseWorkshopText(v8Text());
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(8);
    const { rhythm, signoff } = outcome.workshop;
    expect(rhythm.meetings.map((m) => [m.schedule?.frequency, m.schedule?.timeZone])).toEqual([['weekly', 'Europe/Berlin'], ['quarterly', 'America/New_York']]);
    expect(verifySignatureChain(signoff.signatures, sha256, fingerprintOf(outcome.workshop))).toEqual({ ok: true });
    const [first] = signoff.versions;
    expect(first!.content.rhythm.meetings.every((m) => !('schedule' in m))).toBe(true);
    expect(sha256(canonicalJson(first!.content))).toBe(first!.fingerprint);
  });

  it('refuses a schedule that is not one: a bad time, a week of the month on a weekly meeting, an unknown frequency, a missing part', () => {
    const withSchedule = (patch: object) => {
      const raw = JSON.parse(v8Text()) as { rhythm: { meetings: { schedule: object }[] } };
      raw.rhythm.meetings[0]!.schedule = { ...raw.rhythm.meetings[0]!.schedule, ...patch };
      return pathsOf(parseWorkshopValue(raw));
    };
    expect(withSchedule({ startTime: '9:30' })).toEqual(['rhythm.meetings[0].schedule.startTime']);
    expect(withSchedule({ weekOfMonth: 'first' })).toEqual(['rhythm.meetings[0].schedule.weekOfMonth']);
    expect(withSchedule({ frequency: 'daily' })).toEqual(['rhythm.meetings[0].schedule.frequency']);
    expect(withSchedule({ durationMinutes: 24 * 60 + 1 })).toEqual(['rhythm.meetings[0].schedule.durationMinutes']);
    expect(withSchedule({ timeZone: '../../etc/passwd ' })).toEqual(['rhythm.meetings[0].schedule.timeZone']);
    const raw = JSON.parse(v8Text()) as { rhythm: { meetings: Record<string, unknown>[] } };
    delete raw.rhythm.meetings[1]!.schedule;
    expect(pathsOf(parseWorkshopValue(raw))).toEqual(['rhythm.meetings[1].schedule']);
  });
});

describe('migration 3 → 4: what each signed version kept, and the page under review', () => {
  const v3 = () => JSON.parse(readFileSync(new URL('../fixtures/schema-v3.accord.json', import.meta.url), 'utf8')) as { signoff: Record<string, unknown> } & Record<string, unknown>;

  it('opens the version 3 fixture on the first page of the section under review, its signatures unchanged', () => {
    const raw = v3();
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.migratedFrom).toBe(3);
    expect(outcome.workshop.signoff.reviewPage).toBe(0);
    expect(outcome.workshop.signoff.reviewSection).toBe('signatures');
    expect(outcome.workshop.signoff.signatures).toEqual(raw.signoff.signatures);
  });

  it('gives a signed version of a version 3 file no absences and no accepted points, which is what its history showed', () => {
    const raw = v3();
    const version = { number: 1, fingerprint: 'b'.repeat(64), content: charterContentOf(raw), signatures: raw.signoff.signatures };
    raw.signoff = { ...raw.signoff, charterVersion: 2, versions: [version], signatures: [], absent: [], acceptedWarnings: [] };
    const outcome = parseWorkshopValue(raw);
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    expect(outcome.workshop.signoff.versions).toEqual([{ ...version, absent: [], acceptedWarnings: [] }]);
  });
});

/** The rhythm as a file from before schedules held it: each meeting without its `schedule`. */
/**
 * A migrated workshop without what version 9 added, to compare with the older file it came
 * from: no check-in, no stage or topic on any action, no notes for Since last time.
 */
function beforeCheckIns(workshop: Workshop) {
  const { checkIn, actions, facilitatorNotes, ...rest } = workshop;
  expect(checkIn).toBeNull();
  const { sinceLastTime, ...notes } = facilitatorNotes;
  expect(sinceLastTime).toBe('');
  expect(actions.every((a) => a.stageId === null && a.topic === null)).toBe(true);
  return { ...rest, facilitatorNotes: notes, actions: actions.map(({ stageId: _, topic: _topic, ...action }) => action) };
}

const withoutCheckInNotes = ({ sinceLastTime: _, ...notes }: Workshop['facilitatorNotes']) => notes;

function withoutSchedules(rhythm: Workshop['rhythm']) {
  return { ...rhythm, meetings: rhythm.meetings.map(({ schedule: _, ...meeting }) => meeting) };
}

/** What the charter of a raw (older) document says, read through the current schema. */
function charterContentOf(raw: Record<string, unknown>): unknown {
  const current = parseWorkshopValue(JSON.parse(JSON.stringify(raw)));
  if (current.kind !== 'ok') throw new Error(JSON.stringify(current));
  return charterContent(current.workshop as Workshop);
}
