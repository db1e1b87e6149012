/**
 * Sign-off through the host session: the session gives the domain its SHA-256, its clock as
 * local time with offset, and its time zone; signing is not in the facilitator's undo history.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintCharter, sha256Hex } from '../../../electron/host/charter/fingerprintCharter';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import type { WorkshopRepository } from '../../../electron/host/storage/workshopRepository.types';
import { DEFAULT_TIMING, WorkshopSession } from '../../../electron/host/workshopSession';
import { createSampleWorkshop, SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import { verifySignatureChain } from '../../../src/domain/signoff';
import type { Command } from '../../../src/domain/commands';
import { acceptAllCommand, readyToSign, SOME_STROKES } from '../../helpers/domainBuilders';

let dataDir: string;
let repository: WorkshopRepository;
let session: WorkshopSession;
/** 2026-11-01 05:30 UTC: 01:30 in New York, still on summer time (EDT, UTC−4). */
let clock = new Date('2026-11-01T05:30:00.000Z');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-signoff-'));
  repository = await createWorkshopRepository({ dataDir });
  // The sample's open points accepted, as the facilitator does before the room signs.
  await repository.create(readyToSign(createSampleWorkshop('2026-11-22T09:00:00.000Z')));
  clock = new Date('2026-11-01T05:30:00.000Z');
  session = new WorkshopSession(await repository.open(SAMPLE_WORKSHOP_ID), repository, () => clock, DEFAULT_TIMING, 0, 'America/New_York');
});
afterEach(async () => {
  await session.close();
  await rm(dataDir, { recursive: true, force: true });
});

const sign = (participantId: string, fingerprint = fingerprintCharter(session.current)): Command => ({ type: 'sign', participantId, typedName: `Signer ${participantId}`, strokes: SOME_STROKES, fingerprint });
const renameFirstStage = (name: string): Command => ({ type: 'updateItem', collection: 'stages', id: session.current.stages[0]!.id, patch: { name } });

describe('signing in the session', () => {
  it('stamps the signature with the host clock as local time, its time zone, and SHA-256 chain hashes', () => {
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    // An hour later the clocks have gone back: the offset says which 01:xx it was.
    clock = new Date('2026-11-01T06:30:00.000Z');
    expect(session.dispatch(sign('p2'))).toMatchObject({ ok: true });
    const [first, second] = session.current.signoff.signatures;
    expect([first!.signedAt, first!.timeZone]).toEqual(['2026-11-01T01:30:00-04:00', 'America/New_York']);
    expect([second!.signedAt, second!.timeZone]).toEqual(['2026-11-01T01:30:00-05:00', 'America/New_York']);
    expect(first!.fingerprint).toBe(fingerprintCharter(session.current));
    expect(first!.previousHash).toBe(sha256Hex(first!.fingerprint));
    expect(verifySignatureChain(session.current.signoff.signatures, sha256Hex, fingerprintCharter(session.current))).toEqual({ ok: true });
  });

  it('refuses a signature for the charter as it was before an edit', () => {
    const seen = fingerprintCharter(session.current);
    session.dispatch(renameFirstStage('Discovery'));
    expect(session.dispatch(sign('p1', seen))).toMatchObject({ ok: false, rejection: { path: 'fingerprint' } });
    expect(session.current.signoff.signatures).toEqual([]);
  });

  it('keeps signing out of the undo history: no undo reaches back past a signature', () => {
    session.dispatch(renameFirstStage('Discovery'));
    expect(session.snapshot().canUndo).toBe(true);
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    expect(session.snapshot().canUndo).toBe(false);
    expect(session.undo()).toEqual({ ok: false, rejection: { path: '', message: 'Nothing to undo.' } });
    expect(session.current.stages[0]!.name).toBe('Discovery');
    expect(session.current.signoff.signatures).toHaveLength(1);
  });

  it('an edit after signing starts version 2; undoing it brings back version 1 with its signature', () => {
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    const signed = session.current;
    session.dispatch(renameFirstStage('Discovery'));
    expect(session.current.signoff).toMatchObject({ charterVersion: 2, signatures: [], versions: [{ number: 1, signatures: signed.signoff.signatures }] });
    expect(session.undo()).toMatchObject({ ok: true });
    expect(session.current.signoff).toEqual(signed.signoff);
    expect(session.current.stages).toEqual(signed.stages);
    expect(session.redo()).toMatchObject({ ok: true });
    expect(session.current.signoff.charterVersion).toBe(2);
  });

  it('lets the facilitator undo accepting the open points before anyone signs, and neither undo nor a new accept change them after', () => {
    // A fresh copy of the sample, its open points still open.
    const open = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    session.dispatch({ type: 'acceptWarnings', keys: [] });
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: false, rejection: { message: 'Fix or accept the 2 open points before signing.' } });
    expect(session.dispatch(acceptAllCommand(open))).toMatchObject({ ok: true });
    expect(session.snapshot().canUndo).toBe(true);
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    expect(session.snapshot().canUndo).toBe(false);
    const accepted = session.current.signoff.acceptedWarnings;
    expect(accepted).toHaveLength(2);
    expect(session.dispatch({ type: 'acceptWarnings', keys: [] })).toMatchObject({ ok: false, rejection: { path: 'keys', message: expect.stringMatching(/^1 participant has signed version 1, so the open points accepted for it can no longer change/) } });
    expect(session.current.signoff.acceptedWarnings).toBe(accepted);
  });

  it('does not record absences or withdrawals as undo steps', () => {
    session.dispatch({ type: 'markAbsent', participantId: 'p9' });
    expect(session.snapshot().canUndo).toBe(false);
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    expect(session.dispatch({ type: 'withdrawSignature', participantId: 'p1' })).toMatchObject({ ok: true });
    expect(session.snapshot().canUndo).toBe(false);
    expect(session.current.signoff).toMatchObject({ signatures: [], absent: ['p9'] });
  });

  it('saves the signatures with the workshop, and they open again', async () => {
    expect(session.dispatch(sign('p1'))).toMatchObject({ ok: true });
    await session.flush();
    const reopened = await repository.open(SAMPLE_WORKSHOP_ID);
    expect(reopened.workshop.signoff).toEqual(session.current.signoff);
  });
});
