/**
 * The room-scale workshop (buildRoomScaleWorkshop) as a check-in looking back on two earlier
 * signed days, with last time's 14 actions partly reviewed and its three hand-offs' numbers
 * partly recorded: for checking that Since last time stays legible at scale.
 */
import type { Workshop } from '../../src/domain/workshopSchema';
import { buildRoomScaleWorkshop } from './buildRoomScaleWorkshop';

export function buildRoomScaleCheckIn(id = 'room-scale-check-in'): Workshop {
  const w = buildRoomScaleWorkshop(id);
  const source = buildRoomScaleWorkshop('room-scale');
  const day = (workshopId: string, date: string, version: number, shift: number) => ({
    workshopId,
    title: source.setup.title,
    date,
    charterVersion: version,
    fingerprint: String(version).repeat(64),
    teams: source.teams,
    participants: source.participants,
    pulse: { ...source.pulse, scores: source.pulse.scores.map((s, i) => ({ ...s, score: Math.max(1, Math.min(5, s.score - shift + (i % 3 === 0 ? 1 : 0))) })) },
    // A charter leaves out an action's stage and topic when it has none.
    actions: source.actions.map(({ stageId: _stage, topic: _topic, ...action }) => action),
    handoffs: source.handoffs,
  });
  const pulseAt = w.agenda.findIndex((item) => item.phase === 'pulse');
  w.agenda.splice(pulseAt + 1, 0, { id: 'agenda-since-last-time', phase: 'sinceLastTime', minutes: 45, included: true });
  w.checkIn = {
    seriesId: 'room-scale',
    earlier: [day('room-scale-first', '2026-06-02', 1, 2), day('room-scale', '2026-11-22', 3, 1)],
    actionReviews: source.actions.slice(0, 9).map((a, i) => ({ actionId: a.id, outcome: (['done', 'late', 'dropped', 'open'] as const)[i % 4]!, reason: i % 2 === 0 ? 'Waited for the CRM migration and the new territory plan — 渡辺さんのチームと調整済み' : '' })),
    commitmentResults: [
      { handoffId: 'h0', followUpHours: 30, followUpAttempts: 5, volumePerPeriod: null, note: 'Two reps on leave in January' },
      { handoffId: 'h1', followUpHours: 20, followUpAttempts: null, volumePerPeriod: 1350, note: '' },
    ],
  };
  return w;
}
