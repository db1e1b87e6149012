/**
 * Schema migrations: numbered, contiguous, pure steps. Step N takes a document written at
 * schema version N to version N+1. Add each step together with a fixture in
 * test/fixtures/schema-vN.accord.json of the version it reads.
 */
import { parseCadence } from './parseCadence';
import { noRoomFocus } from './roomFocus';
import { CURRENT_SCHEMA_VERSION, noFacilitatorNotes } from './workshopSchema';

export type RawDocument = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  describe: string;
  migrate: (doc: RawDocument) => RawDocument;
}

/**
 * Version 2 replaces the flat `signatures` list with the `signoff` record (charter versions,
 * hash-chained signatures with drawn strokes, absences, accepted warnings). Version 1 of Accord
 * never wrote a signature; one found in a file was written by hand and lacks what a signature
 * now needs (strokes, statement, time zone, chain hashes), which cannot be made up afterwards.
 * Such a file is refused with that reason rather than opened with its signatures quietly gone.
 * A document without a `signatures` list is left without `signoff`, so validation names it.
 */
function signoffRecord(doc: RawDocument): RawDocument {
  if (!('signatures' in doc) || !Array.isArray(doc.signatures)) return doc;
  if (doc.signatures.length > 0) {
    throw new Error(
      `this file holds ${doc.signatures.length === 1 ? 'a signature' : `${doc.signatures.length} signatures`} in a form no version of Accord wrote (no drawn strokes, statement or chain of hashes), so they cannot be kept as signatures. Remove the entries of "signatures" to open the workshop, and sign the charter again`,
    );
  }
  const { signatures: _, ...rest } = doc;
  return { ...rest, signoff: { charterVersion: 1, versions: [], signatures: [], absent: [], acceptedWarnings: [] } };
}

/**
 * Version 3 adds the charter's paper size (null: follow the printing machine's locale, which is
 * what every earlier charter did) and the section the room is reviewing at sign-off (none yet).
 * Anything else a file holds is left for validation to judge.
 */
function charterPrinting(doc: RawDocument): RawDocument {
  const next = { ...doc };
  if (isPlainObject(doc.setup) && !('paperSize' in doc.setup)) next.setup = { ...doc.setup, paperSize: null };
  if (isPlainObject(doc.signoff) && !('reviewSection' in doc.signoff)) next.signoff = { ...doc.signoff, reviewSection: null };
  return next;
}

/**
 * Version 4 keeps, with each signed version in the history, who was absent and which open points
 * were accepted (earlier files did not keep them: such versions say nobody was absent and accept
 * nothing, which is what their exported history showed), and adds the page of the section under
 * review (the first).
 */
function signedVersionDetails(doc: RawDocument): RawDocument {
  if (!isPlainObject(doc.signoff)) return doc;
  const signoff: RawDocument = { ...doc.signoff };
  if (!('reviewPage' in signoff)) signoff.reviewPage = 0;
  if (Array.isArray(signoff.versions)) {
    signoff.versions = signoff.versions.map((version: unknown) =>
      isPlainObject(version) ? { absent: [], acceptedWarnings: [], ...version } : version,
    );
  }
  return { ...doc, signoff };
}

/**
 * Version 5 adds what the projector shows (live: what every earlier file's room saw) and the
 * facilitator's private notes per phase (none: an earlier workshop had no notes to carry over).
 */
function roomControls(doc: RawDocument): RawDocument {
  const next = { ...doc };
  if (!('room' in doc)) next.room = { screen: 'live', breakEndsAt: null };
  if (!('facilitatorNotes' in doc)) next.facilitatorNotes = noFacilitatorNotes();
  return next;
}

/**
 * Version 6 records the time the room spent on each agenda item, for how far ahead or behind the
 * plan the day is. Earlier files kept no such record and when a paused timer first ran is not
 * known, so they start with none: the day's progress is measured from the timer's next start.
 */
function timeSpent(doc: RawDocument): RawDocument {
  return 'timeSpent' in doc ? doc : { ...doc, timeSpent: [] };
}

/**
 * Version 7 adds what the facilitator is discussing (room.focus): no stage chosen, so the
 * projector follows the latest edit as every earlier file's projector did, and the matrix, which
 * is where the console's Responsibilities opened. A room that is not an object is left for
 * validation to name.
 */
function roomFocus(doc: RawDocument): RawDocument {
  if (!isPlainObject(doc.room) || 'focus' in doc.room) return doc;
  return { ...doc, room: { ...doc.room, focus: noRoomFocus() } };
}

/**
 * Version 8 gives each joint meeting a schedule a calendar can use. The free-text cadence stays
 * as it was, word for word (the room's own words, still what the projector shows); the schedule
 * is read from it where the words allow (parseCadence), and left empty (null) where they do not.
 * A charter whose current version carries signatures is not read: its signers bound its exact
 * content, so its meetings keep no schedule until the facilitator sets one (which, like any edit
 * after signing, starts the next charter version).
 */
function meetingSchedules(doc: RawDocument): RawDocument {
  if (!isPlainObject(doc.rhythm) || !Array.isArray(doc.rhythm.meetings)) return doc;
  const signed = isPlainObject(doc.signoff) && Array.isArray(doc.signoff.signatures) && doc.signoff.signatures.length > 0;
  const meetings = doc.rhythm.meetings.map((meeting: unknown) => {
    if (!isPlainObject(meeting) || 'schedule' in meeting) return meeting;
    const words = typeof meeting.cadence === 'string' ? meeting.cadence : '';
    return { ...meeting, schedule: signed ? null : parseCadence(words).schedule };
  });
  return { ...doc, rhythm: { ...doc.rhythm, meetings } };
}

/**
 * Version 9 makes room for check-ins: no workshop written before was one (`checkIn` null), none
 * had the check-in's review phase (its private notes start empty), and no action recorded the
 * stage or topic it came from (both null; the charter leaves such keys out, so signed
 * fingerprints hold).
 */
function checkIns(doc: RawDocument): RawDocument {
  const next = { ...doc };
  if (!('checkIn' in doc)) next.checkIn = null;
  if (isPlainObject(doc.facilitatorNotes) && !('sinceLastTime' in doc.facilitatorNotes)) next.facilitatorNotes = { ...doc.facilitatorNotes, sinceLastTime: '' };
  if (Array.isArray(doc.actions)) {
    next.actions = doc.actions.map((action: unknown) => (isPlainObject(action) ? { stageId: null, topic: null, ...action } : action));
  }
  return next;
}

const isPlainObject = (value: unknown): value is RawDocument => typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly MigrationStep[] = [
  { from: 1, describe: 'Sign-off record with charter versions replaces the signatures list', migrate: signoffRecord },
  { from: 2, describe: 'Charter paper size and the section under review at sign-off', migrate: charterPrinting },
  { from: 3, describe: 'Absences and accepted points kept with each signed version; the page under review', migrate: signedVersionDetails },
  { from: 4, describe: 'What the projector shows (live, blank, frozen, break) and private facilitator notes', migrate: roomControls },
  { from: 5, describe: 'Time spent per agenda item, for how far ahead or behind the plan the day is', migrate: timeSpent },
  { from: 6, describe: 'What the facilitator is discussing (the focused stage and Responsibilities view), for the projector', migrate: roomFocus },
  { from: 7, describe: 'A schedule for each joint meeting, read from its cadence where the words allow', migrate: meetingSchedules },
  { from: 8, describe: 'Check-ins: the look back on earlier workshops, and the stage or topic each action came from', migrate: checkIns },
];

/** Throws if the steps do not lead one by one from version 1 to `target`. */
export function assertContiguous(steps: readonly MigrationStep[], target: number): void {
  if (steps.length !== target - 1) throw new Error(`Expected ${target - 1} migration steps to reach version ${target}, found ${steps.length}.`);
  steps.forEach((step, index) => {
    if (step.from !== index + 1) throw new Error(`Migration step ${index} reads version ${step.from}; expected ${index + 1}.`);
  });
}

/**
 * Runs every step from the document's version up to `target`; never mutates its input. A
 * document already at `target` is returned as it is: opening a current file costs no copy
 * (a deep copy was most of the time spent opening a large workshop). Only when a step runs is
 * the document copied first, so a step may change its copy freely.
 */
export function migrateDocument(
  doc: RawDocument,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): { doc: RawDocument; from: number } {
  assertContiguous(steps, target);
  const from = doc.schemaVersion as number;
  if (from >= target) return { doc, from };
  let current = JSON.parse(JSON.stringify(doc)) as RawDocument;
  for (let version = from; version < target; version++) {
    current = { ...steps[version - 1]!.migrate(current), schemaVersion: version + 1 };
  }
  return { doc: current, from };
}
