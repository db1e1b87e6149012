/**
 * How the console, the projector and the charter name an item the room has not named yet,
 * so an empty name reads the same everywhere ("Untitled stage", never "Unnamed" on one screen
 * and "Untitled" on another).
 */
const PLACEHOLDER_NAMES = {
  workshop: 'Untitled workshop',
  stage: 'Untitled stage',
  activity: 'Untitled activity',
  action: 'Untitled action',
  decision: 'Untitled decision',
  vote: 'Untitled vote',
  meeting: 'Untitled meeting',
  goal: 'Untitled goal',
  metric: 'Untitled metric',
  definition: 'Untitled definition',
  segment: 'Untitled segment',
  participant: 'Unnamed participant',
  sponsor: 'To be named',
} as const;

export type NamedKind = keyof typeof PLACEHOLDER_NAMES;

/** The item's own name, or the placeholder for its kind when it has none yet. */
export function displayName(name: string, kind: NamedKind): string {
  return name.trim() || PLACEHOLDER_NAMES[kind];
}

/** A sponsor's name: the linked participant's, unless that is blank; then the name typed for the sponsor. */
export function sponsorName(sponsor: { participantId: string | null; name: string }, participants: readonly { id: string; name: string }[]): string {
  const linked = sponsor.participantId === null ? undefined : participants.find((p) => p.id === sponsor.participantId);
  return displayName(linked?.name.trim() ? linked.name : sponsor.name, 'sponsor');
}
