/**
 * A window of the swimlane picture: `count` stages from `start`, every lane cut to them, and the
 * hand-offs with both ends inside (re-numbered to the window). A hand-off that leaves the window
 * is not drawn: its arrow would point off the wall; the legend names it instead.
 */
import type { SwimlaneHandoff, SwimlaneModel } from '../../domain/buildSwimlanes';

export interface SwimlaneWindow {
  model: SwimlaneModel;
  /** Hand-offs with one end in the window and the other outside it, with their own stage indices. */
  crossing: SwimlaneHandoff[];
}

export function sliceSwimlanes(model: SwimlaneModel, start: number, count: number): SwimlaneWindow {
  const end = Math.min(model.stages.length, start + count);
  const inside = (index: number) => index >= start && index < end;
  return {
    model: {
      stages: model.stages.slice(start, end),
      lanes: model.lanes.map((lane) => ({ ...lane, cells: lane.cells.slice(start, end) })),
      handoffs: model.handoffs.filter((h) => inside(h.fromStageIndex) && inside(h.toStageIndex)).map((h) => ({ ...h, fromStageIndex: h.fromStageIndex - start, toStageIndex: h.toStageIndex - start })),
    },
    crossing: model.handoffs.filter((h) => inside(h.fromStageIndex) !== inside(h.toStageIndex)),
  };
}
