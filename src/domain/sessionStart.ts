/**
 * A workshop as a session starts it. The room's screen belongs to the moment the facilitator
 * set it: a file saved while the projector was blank, frozen or on a break opens live, so no
 * projector comes up dark, stuck on an old picture or on a break that ended long ago (and a
 * read-only file, which takes no commands, could never be switched back). What the facilitator
 * was discussing (room.focus) is kept: the day resumes where it stood.
 */
import type { Workshop } from './workshopSchema';

export function atSessionStart(workshop: Workshop): Workshop {
  return workshop.room.screen === 'live' ? workshop : { ...workshop, room: { ...workshop.room, screen: 'live', breakEndsAt: null } };
}
