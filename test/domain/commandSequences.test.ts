import { aContext, fingerprintOf, sha256 } from '../helpers/domainBuilders';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { collections } from '../../src/domain/collections';
import { coalesceKey, UNDOABLE } from '../../src/domain/commands';
import { canonicalJson } from '../../src/domain/canonicalJson';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { openSignoffWarnings, signoffWarnings, verifySignatureChain } from '../../src/domain/signoff';
import { COALESCE_WINDOW_MS, emptyHistory, recordStep, redo, undo } from '../../src/domain/undoHistory';
import type { Workshop } from '../../src/domain/workshopSchema';
import { PROPERTY_TIMEOUT_MS, propertyRuns, recipe, signoffRecipe, T0, workshop } from '../helpers/workshopArbitraries';

const opensAgain = (w: Workshop) => parseWorkshopValue(JSON.parse(JSON.stringify(w)));
/** The current version's signatures are a sound chain and bind to what the charter says now. */
const signaturesHold = (w: Workshop) => (w.signoff.signatures.length === 0 ? { ok: true } : verifySignatureChain(w.signoff.signatures, sha256, fingerprintOf(w)));
/** The timer is not undo history: undoing the agenda item it runs on resets it (undoHistory.ts). */
const withoutTimer = (w: Workshop) => ({ ...w, timer: null });

describe('random command sequences', () => {
  it('leave after every step a workshop that opens again, and undo then redo restores it exactly', () => {
    // Which kinds of command were accepted at least once: a property that only ever sees rejections proves nothing.
    const accepted = new Set<string>();
    fc.assert(
      fc.property(workshop, fc.array(recipe, { minLength: 1, maxLength: 25 }), (start, recipes) => {
        let w = start;
        let history = emptyHistory();
        recipes.forEach((make, step) => {
          const command = make(w);
          const before = JSON.stringify(w);
          const at = step * (COALESCE_WINDOW_MS + 1);
          const result = applyCommand(w, command, aContext(new Date(Date.parse('2026-11-22T09:00:00.000Z') + at).toISOString()));
          expect(JSON.stringify(w)).toBe(before);
          if (!result.ok) {
            expect(result.rejection.message).toMatch(/\S/);
            expect(result.rejection.message).not.toMatch(/undefined|\[object Object\]/);
            // An existing item can always be removed, except for the reasons the facilitator is told.
            if (command.type === 'removeItem' && collections[command.collection].get(w).some((item) => item.id === command.id)) {
              expect(result.rejection.message).toMatch(/still has \d+ participants?\.|needs at least one team|has signed the charter/);
            }
            return;
          }
          accepted.add(command.type);
          const opened = opensAgain(result.workshop);
          expect(opened.kind === 'invalid' ? opened.rejections : []).toEqual([]);
          expect(signaturesHold(result.workshop)).toEqual({ ok: true });
          if (!UNDOABLE[command.type]) {
            w = result.workshop;
            return;
          }
          history = recordStep(history, { patches: result.patches, inversePatches: result.inversePatches, coalesceKey: coalesceKey(command), at });
          const undone = undo(result.workshop, history)!;
          expect(opensAgain(undone.workshop).kind).toBe('ok');
          const timerReset = undone.patches.length > result.inversePatches.length;
          const redone = redo(undone.workshop, undone.history)!;
          if (timerReset) {
            expect(withoutTimer(undone.workshop)).toEqual(withoutTimer(w));
            expect(withoutTimer(redone.workshop)).toEqual(withoutTimer(result.workshop));
          } else {
            expect(undone.workshop).toEqual(w);
            expect(redone.workshop).toEqual(result.workshop);
          }
          expect(opensAgain(redone.workshop).kind).toBe('ok');
          expect(signaturesHold(undone.workshop)).toEqual({ ok: true });
          w = redone.workshop;
          history = redone.history;
        });
      }),
      { numRuns: propertyRuns(150), reporter: (run) => { if (run.failed) throw new Error(`seed ${run.seed}, path ${run.counterexamplePath}: ${String(run.errorInstance)}`); } },
    );
    expect([...accepted].sort()).toEqual(expect.arrayContaining(['addItem', 'addNote', 'batch', 'goToPhase', 'moveItem', 'parkTopic', 'removeItem', 'setPulseScore', 'setRole', 'startVote', 'updateItem', 'updateSetup']));
  }, PROPERTY_TIMEOUT_MS);

  it('through sign-off (signing, withdrawing, absences, edits in between) keep every version\'s signatures a sound chain of what it said', () => {
    const accepted = new Set<string>();
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 4, arbitrary: signoffRecipe }, { weight: 1, arbitrary: recipe }), { minLength: 1, maxLength: 30 }), (recipes) => {
        let w = createSampleWorkshop(T0);
        for (const make of recipes) {
          const command = make(w);
          const result = applyCommand(w, command, aContext());
          // Accepted points change only before a version's first signature; nobody signs past an open point.
          if (command.type === 'acceptWarnings' && w.signoff.signatures.length > 0) expect(result.ok).toBe(false);
          if (command.type === 'sign' && result.ok) expect(openSignoffWarnings(w)).toEqual([]);
          if (!result.ok) continue;
          accepted.add(command.type);
          w = result.workshop;
          expect(signaturesHold(w)).toEqual({ ok: true });
          if (w.signoff.signatures.length > 0) expect(openSignoffWarnings(w)).toEqual([]);
          for (const version of w.signoff.versions) {
            expect(sha256(canonicalJson(version.content))).toBe(version.fingerprint);
            expect(verifySignatureChain(version.signatures, sha256, version.fingerprint)).toEqual({ ok: true });
            // Every signed version was signed with each of its open points accepted, and still says so.
            const acceptedKeys = new Set(version.acceptedWarnings);
            expect(signoffWarnings(version.content).filter((x) => !acceptedKeys.has(x.key))).toEqual([]);
          }
          // Only a signed version is ever left behind, so the history holds every version before the current one.
          expect(w.signoff.versions.map((v) => v.number)).toEqual(Array.from({ length: w.signoff.charterVersion - 1 }, (_, i) => i + 1));
        }
        expect(opensAgain(w).kind).toBe('ok');
      }),
      { numRuns: propertyRuns(100), reporter: (run) => { if (run.failed) throw new Error(`seed ${run.seed}, path ${run.counterexamplePath}: ${String(run.errorInstance)}`); } },
    );
    expect([...accepted]).toEqual(expect.arrayContaining(['sign', 'withdrawSignature', 'markAbsent', 'markPresent', 'acceptWarnings']));
  }, PROPERTY_TIMEOUT_MS);
});
