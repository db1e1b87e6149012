/**
 * What the facilitator is discussing, so the room reads the same: the stage they selected or
 * work in (null: none yet; the projector then follows the latest edit) and the Responsibilities
 * view they chose. A stage removed afterwards leaves its id here: the projector treats an id
 * that names no stage as no focus, so removing a stage (an undoable edit) never touches room state.
 *
 * Kept apart from the schema (which validates it) so the windows' first bundle can use the
 * default without loading the schema library.
 */

/** How Responsibilities is drawn: one stage's RACI matrix, or the swimlanes of every stage. */
export const RESPONSIBILITIES_VIEWS = ['matrix', 'swimlanes'] as const;

export interface RoomFocus {
  stageId: string | null;
  responsibilitiesView: (typeof RESPONSIBILITIES_VIEWS)[number];
}

/** No stage chosen yet; Responsibilities opens on the matrix, as the console does. */
export const noRoomFocus = (): RoomFocus => ({ stageId: null, responsibilitiesView: 'matrix' });
