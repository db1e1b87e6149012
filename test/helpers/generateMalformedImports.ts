/**
 * Writes the malformed-import corpus in test/fixtures/malformed-imports/: one file per way an
 * `.accord.json` handed to Import can be wrong. Run `npx tsx test/helpers/generateMalformedImports.ts`
 * after changing the cases; the files are committed so reviewers can open them.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/workshopSchema';
import { editedSampleText as edited, sampleText } from './storageBuilders';

const FOLDER = fileURLToPath(new URL('../fixtures/malformed-imports/', import.meta.url));
const T = '2026-11-22T09:00:00.000Z';
/** A well-formed signature record of participant p1, for cases that break one thing in it. */
const signature = {
  id: 's-1',
  participantId: 'p1',
  typedName: 'Morgan Lee',
  teamId: 'leadership',
  statement: 'I agree.',
  strokes: [[[10, 20, 0], [30, 40, 16]]],
  fingerprint: 'a'.repeat(64),
  signedAt: '2026-11-22T10:00:00+01:00',
  timeZone: 'Europe/Berlin',
  previousHash: 'b'.repeat(64),
  hash: 'c'.repeat(64),
};

export function malformedImportCases(): Record<string, string | Buffer> {
  const text = sampleText();
  return {
    'not-json': 'hello, this is not a workshop',
    'empty': '',
    'truncated': text.slice(0, 5_000),
    'trailing-comma': text.replace('"dayLengthMinutes": 480', '"dayLengthMinutes": 480,'),
    'single-quotes': text.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `'schemaVersion': ${CURRENT_SCHEMA_VERSION}`),
    'comment': `/* exported */\n${text}`,
    'nan-literal': text.replace('"elapsedSeconds": 0', '"elapsedSeconds": NaN'),
    'utf16le': Buffer.from(`\uFEFF${text}`, 'utf16le'),
    'root-array': `[${text}]`,
    'root-string': '"workshop"',
    'root-number': '1',
    'root-null': 'null',
    'root-empty-object': '{}',
    'schemaVersion-missing': edited((d) => delete d.schemaVersion),
    'schemaVersion-string': edited((d) => (d.schemaVersion = '1')),
    'schemaVersion-zero': edited((d) => (d.schemaVersion = 0)),
    'schemaVersion-fraction': edited((d) => (d.schemaVersion = 1.5)),
    'schemaVersion-newer': edited((d) => (d.schemaVersion = 99)),
    'schemaVersion-newer-unreadable': edited((d) => {
      d.schemaVersion = 99;
      d.teams = 'changed shape';
    }),
    'id-path-traversal': edited((d) => (d.id = '../../evil')),
    'id-empty': edited((d) => (d.id = '')),
    'id-too-long': edited((d) => (d.id = 'a'.repeat(65))),
    'createdAt-not-a-date': edited((d) => (d.createdAt = 'last Tuesday')),
    'updatedAt-missing': edited((d) => delete d.updatedAt),
    'setup-missing': edited((d) => delete d.setup),
    'setup-title-too-long': edited((d) => (d.setup.title = 't'.repeat(301))),
    'setup-extra-field': edited((d) => (d.setup.budget = 100_000)),
    'setup-date-wrong-format': edited((d) => (d.setup.date = '03/12/2026')),
    'dayLengthMinutes-negative': edited((d) => (d.setup.dayLengthMinutes = -30)),
    'dayLengthMinutes-too-large': edited((d) => (d.setup.dayLengthMinutes = 24 * 60 + 1)),
    'teams-empty': edited((d) => (d.teams = [])),
    'teams-too-many': edited((d) => {
      for (let i = 0; i < 30; i++) d.teams.push({ id: `t${i}`, name: `Team ${i}`, kind: 'custom' });
    }),
    'team-kind-unknown': edited((d) => (d.teams[0].kind = 'finance')),
    'team-name-empty': edited((d) => (d.teams[1].name = '')),
    'participants-not-array': edited((d) => (d.participants = { p1: 'Marguerite' })),
    'participant-team-dangling': edited((d) => (d.participants[2].teamId = 'legal')),
    'participant-duplicate-id': edited((d) => (d.participants[3].id = 'p1')),
    'agenda-phase-unknown': edited((d) => (d.agenda[0].phase = 'lunch')),
    'agenda-minutes-fraction': edited((d) => (d.agenda[1].minutes = 12.5)),
    'agenda-included-string': edited((d) => (d.agenda[2].included = 'true')),
    'currentPhase-unknown': edited((d) => (d.currentPhase = 'coffee')),
    'timer-agendaItem-dangling': edited((d) => (d.timer.agendaItemId = 'nowhere')),
    'timer-runningSince-no-offset': edited((d) => (d.timer.runningSince = '2026-11-22T10:00:00')),
    'timer-elapsed-string': edited((d) => (d.timer.elapsedSeconds = '0')),
    'pulse-score-six': edited((d) => (d.pulse.scores[0].score = 6)),
    'pulse-score-zero': edited((d) => (d.pulse.scores[1].score = 0)),
    'pulse-score-participant-dangling': edited((d) => (d.pulse.scores[2].participantId = 'ghost')),
    'stage-name-too-long': edited((d) => (d.stages[2].name = 's'.repeat(301))),
    'stage-leadClaims-not-array': edited((d) => (d.stages[0].leadClaims = 'marketing')),
    'stage-customerGoal-over-limit': edited((d) => (d.stages[1].customerGoal = 'g'.repeat(10_001))),
    'activity-stage-dangling': edited((d) => (d.activities[0].stageId = 'no-stage')),
    'activity-role-letter-unknown': edited((d) => (d.activities[1].roles[0].role = 'X')),
    'activity-role-team-dangling': edited((d) => (d.activities[2].roles[0].teamId = 'legal')),
    'handoff-volumePeriod-year': edited((d) => (d.handoffs[0].volumePeriod = 'year')),
    'handoff-followUpHours-negative': edited((d) => (d.handoffs[0].followUpHours = -24)),
    'handoff-fromStage-dangling': edited((d) => (d.handoffs[1].fromStageId = 'gone')),
    'bestCustomer-kind-wrong': edited((d) => (d.bestCustomers[0].kind = 'vip')),
    'goal-owners-not-array': edited((d) => (d.goals[0].ownerTeamIds = 'marketing')),
    'rhythm-glossary-missing': edited((d) => delete d.rhythm.glossary),
    'action-status-unknown': edited((d) => d.actions.push({ id: 'a-x', title: 'Call', ownerParticipantId: null, due: '', status: 'blocked' })),
    'decision-method-unknown': edited((d) => d.decisions.push({ id: 'd-x', text: 'Yes', method: 'coinFlip', result: '', dissent: '', decidedAt: T })),
    'note-colour-unknown': edited((d) => d.notes.push({ id: 'n-x', phase: 'setup', text: 'Hi', colour: 'purple', createdAt: T })),
    'signature-fingerprint-short': edited((d) => d.signoff.signatures.push({ ...signature, fingerprint: 'abc' })),
    'signature-strokes-over-limit': edited((d) => d.signoff.signatures.push({ ...signature, strokes: Array.from({ length: 101 }, () => [[1, 2]]) })),
    'signature-point-off-the-pad': edited((d) => d.signoff.signatures.push({ ...signature, strokes: [[[1001, 20]]] })),
    'signature-point-fraction': edited((d) => d.signoff.signatures.push({ ...signature, strokes: [[[10.5, 20]]] })),
    'signature-signedAt-without-offset': edited((d) => d.signoff.signatures.push({ ...signature, signedAt: '2026-11-22T10:00:00' })),
    'signature-twice-in-one-version': edited((d) => d.signoff.signatures.push(signature, { ...signature, id: 's-2' })),
    'signoff-absent-dangling': edited((d) => d.signoff.absent.push('gone')),
    'signoff-version-zero': edited((d) => (d.signoff.charterVersion = 0)),
    'v1-with-signatures': edited((d) => {
      d.schemaVersion = 1;
      delete d.signoff;
      d.signatures = [{ id: 's-x', participantId: 'p1', typedName: 'M', teamId: 'leadership', fingerprint: 'a'.repeat(64), charterVersion: 1, drawing: 'M0 0 L1 1', signedAt: T }];
    }),
    'proto-key-root': text.replace('{', '{\n  "__proto__": { "polluted": true },'),
    'proto-key-setup': text.replace('"setup": {', '"setup": {\n    "__proto__": { "polluted": true },'),
    'constructor-key-team': edited((d) => (d.teams[0].constructor = { prototype: { polluted: true } })),
    'prototype-key-stage': edited((d) => (d.stages[0].prototype = { polluted: true })),
    'stages-too-many': edited((d) => {
      const stage = d.stages[0];
      for (let i = 0; i < 101; i++) d.stages.push({ ...stage, id: `extra-stage-${i}` });
    }),
  };
}

async function main(): Promise<void> {
  await mkdir(FOLDER, { recursive: true });
  for (const name of await readdir(FOLDER)) await rm(join(FOLDER, name));
  const cases = malformedImportCases();
  for (const [name, content] of Object.entries(cases)) {
    const decoded = typeof content === 'string' ? content : content.toString('utf8');
    // A case the app would accept proves nothing about rejection.
    if (parseWorkshopText(decoded).kind === 'ok') throw new Error(`Malformed case ${name} is a valid workshop.`);
    await writeFile(join(FOLDER, `${name}.accord.json`), content);
  }
  console.log(`Wrote ${Object.keys(cases).length} malformed imports to ${FOLDER}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
