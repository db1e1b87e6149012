import { noFacilitatorNotes } from '../../src/domain/workshopSchema';
import { describe, expect, it } from 'vitest';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { SessionEvent, SessionSnapshot } from '../../src/shared/accordApi';
import { eventForProjector, projectorMayCall, resultForProjector, snapshotForProjector } from '../../src/shared/projectorView';

const snapshot = (): SessionSnapshot => ({
  workshop: createSampleWorkshop('2026-11-22T08:00:00.000Z'),
  revision: 4,
  sessionRunId: 'run',
  readOnly: false,
  readOnlyReason: null,
  canUndo: true,
  canRedo: false,
  undoDepth: 1,
  saveState: { status: 'saved', lastSavedAt: null, error: null },
  notices: [{ id: 'n1', level: 'error', message: 'Could not save to /home/dana/workshops' }],
});

describe('the projector’s share of the session', () => {
  it('keeps everything of a snapshot but the facilitator’s notes and notices, without touching the original', () => {
    const original = snapshot();
    const projected = snapshotForProjector(original)!;
    expect(projected.workshop.facilitatorNotes).toEqual(noFacilitatorNotes());
    expect(projected.notices).toEqual([]);
    expect({ ...projected.workshop, facilitatorNotes: original.workshop.facilitatorNotes }).toEqual(original.workshop);
    expect(original.workshop.facilitatorNotes.pulse).toMatch(/gap/);
    expect(snapshotForProjector(null)).toBeNull();
    expect(resultForProjector('getSession', original)).toEqual(projected);
    expect(resultForProjector('getCharterFingerprint', { ok: true, fingerprint: 'f' })).toEqual({ ok: true, fingerprint: 'f' });
  });

  it('drops only the patches of private parts, and keeps the revision so the projector stays in step', () => {
    const event: SessionEvent = {
      kind: 'patch',
      revision: 9,
      patches: [
        { op: 'replace', path: ['facilitatorNotes', 'pulse'], value: 'secret' },
        { op: 'replace', path: ['room'], value: { screen: 'blank', breakEndsAt: null } },
        { op: 'replace', path: ['facilitatorNotes'], value: { goals: 'secret' } },
      ],
      canUndo: true,
      canRedo: false,
      undoDepth: 2,
    };
    expect(eventForProjector(event)).toEqual({ ...event, patches: [event.patches[1]] });
    const publicOnly: SessionEvent = { ...event, patches: [event.patches[1]!] };
    expect(eventForProjector(publicOnly)).toBe(publicOnly);
    expect(eventForProjector({ kind: 'notices', notices: snapshot().notices })).toEqual({ kind: 'notices', notices: [] });
    expect(JSON.stringify(eventForProjector({ kind: 'snapshot', snapshot: snapshot() }))).not.toMatch(/gap|\/home\/dana/);
  });

  it('strips the private parts from a whole-document patch, and save errors (they name folders) from every event', () => {
    const workshop = snapshot().workshop;
    const event: SessionEvent = { kind: 'patch', revision: 2, patches: [{ op: 'replace', path: [], value: workshop }], canUndo: false, canRedo: false, undoDepth: 0 };
    const projected = eventForProjector(event);
    expect(JSON.stringify(projected)).not.toMatch(/gap/);
    expect(projected.kind === 'patch' && (projected.patches[0]!.value as typeof workshop).stages).toEqual(workshop.stages);
    const failed = { status: 'failed', lastSavedAt: null, error: 'Could not write /home/dana/Accord/workshops' } as const;
    expect(eventForProjector({ kind: 'saveState', saveState: failed })).toEqual({ kind: 'saveState', saveState: { ...failed, error: null } });
    expect(snapshotForProjector({ ...snapshot(), saveState: failed })!.saveState.error).toBeNull();
  });

  it('lets a projector ask only for the session and the charter’s fingerprint', () => {
    expect(projectorMayCall('getSession')).toBe(true);
    expect(projectorMayCall('getCharterFingerprint')).toBe(true);
    for (const method of ['dispatch', 'undo', 'listWorkshops', 'exportCharter', 'exportWorkshop', 'openWorkshop'] as const) expect(projectorMayCall(method)).toBe(false);
  });
});
