/**
 * "Accept all" must fit however many open points a workshop can have: a large workshop has
 * thousands, and the list of accepted points is bounded like every list in a document.
 */
import { describe, expect, it } from 'vitest';
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { openSignoffWarnings, signoffWarnings } from '../../src/domain/signoff';
import { LIMITS, type Workshop } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop, LARGE_WORKSHOP_SIZES } from '../helpers/buildLargeWorkshop';
import { acceptAllCommand, applyAll, signCommand, T0 } from '../helpers/domainBuilders';

const opens = (w: Workshop) => parseWorkshopValue(JSON.parse(JSON.stringify(w))).kind;

/**
 * A workshop at the list limits with as many open points as they allow: every stage but one
 * empty, every stage claimed by two teams, every activity without an accountable or responsible
 * team, every action without an owner.
 */
function mostOpenPoints(): Workshop {
  const w = createWorkshop({ id: 'worst', now: T0, title: 'Every point open', templateId: 'blank', newId: sequentialIds('x') });
  w.participants.push({ id: 'p0', name: 'Ana Souza', jobTitle: 'Facilitator', teamId: 'sales' });
  for (let s = 0; s < LIMITS.stages; s++) {
    w.stages.push({ id: `s${s}`, name: `Stage ${s}`, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: ['sales', 'marketing'], leadShared: false });
  }
  for (let a = 0; a < LIMITS.activities; a++) w.activities.push({ id: `a${a}`, stageId: 's0', name: `Activity ${a}`, description: '', roles: [] });
  for (let a = 0; a < LIMITS.actions; a++) w.actions.push({ id: `t${a}`, title: `Action ${a}`, ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null });
  return w;
}

describe('open points at scale', () => {
  it('lets the large workshop (4,000 activities, more open points than the old limit of 1,000) accept all, then sign', () => {
    const large = buildLargeWorkshop({ ...LARGE_WORKSHOP_SIZES['20mb'], notes: 0 });
    expect(large.activities).toHaveLength(4_000);
    const warnings = signoffWarnings(large);
    expect(warnings.length).toBeGreaterThan(1_000);
    const accepted = applyAll(large, acceptAllCommand(large));
    expect(openSignoffWarnings(accepted)).toEqual([]);
    const signed = applyAll(accepted, signCommand(accepted, 'p0', 'Participant 0'));
    expect(signed.signoff.signatures.map((s) => s.participantId)).toEqual(['p0']);
    expect(signed.signoff.acceptedWarnings).toHaveLength(warnings.length);
    expect(opens(signed)).toBe('ok');
  }, 60_000);

  it('fits every open point a workshop within the list limits can have, and a document holding them all opens', () => {
    const worst = mostOpenPoints();
    expect(opens(worst)).toBe('ok');
    const keys = signoffWarnings(worst).map((x) => x.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Two per activity, two per stage but the one with activities, one per action: close to the bound.
    expect(keys).toHaveLength(2 * LIMITS.activities + 2 * LIMITS.stages - 1 + LIMITS.actions);
    expect(keys.length).toBeLessThanOrEqual(LIMITS.acceptedWarnings);
    const accepted = applyAll(worst, acceptAllCommand(worst));
    const signed = applyAll(accepted, signCommand(accepted, 'p0', 'Ana Souza'));
    expect(signed.signoff.signatures).toHaveLength(1);
    expect(opens(signed)).toBe('ok');
  }, 60_000);
});
