/** Which palette slot a team gets: fixed for the standard teams, Okabe–Ito in turn for the others. */
import type { Team } from '../../domain/workshopSchema';

export type TeamSlot = 'marketing' | 'sales' | 'leadership' | 'custom1' | 'custom2' | 'custom3' | 'custom4';

const CUSTOM_SLOTS: TeamSlot[] = ['custom1', 'custom2', 'custom3', 'custom4'];

export function teamSlot(team: Team, teams: readonly Team[]): TeamSlot {
  if (team.kind !== 'custom') return team.kind;
  const customIndex = teams.filter((t) => t.kind === 'custom').findIndex((t) => t.id === team.id);
  return CUSTOM_SLOTS[Math.max(0, customIndex) % CUSTOM_SLOTS.length]!;
}

/** CSS custom properties for a slot, to use as `style={teamStyle(slot)}` (DOM properties, CSP-safe). */
export function teamStyle(slot: TeamSlot): Record<string, string> {
  return {
    '--team-fill': `var(--team-${slot}-fill)`,
    '--team-text': `var(--team-${slot}-text)`,
    '--team-soft': `var(--team-${slot}-soft)`,
  };
}

/** One or two letters that name a team next to its colour, so colour is never alone. */
export function teamInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]!][0] ?? '?';
  const second = words.length > 1 ? ([...words[1]!][0] ?? '') : '';
  return (first + second).toUpperCase();
}
