/**
 * The prompts a new workshop starts with in the facilitator's private notes: questions that
 * open each phase's conversation, drawn from the method. The facilitator edits or clears them;
 * they never reach the projector or the charter.
 */
import type { FacilitatorNotes, PhaseId } from './workshopSchema';

const PROMPTS: Record<PhaseId, readonly string[]> = {
  setup: [
    'Why are we here today, and what does a good day look like for each team?',
    'Who is missing from the room whose work we will talk about?',
    'Ground rules: phones down, every voice counts, park what does not fit.',
  ],
  pulse: [
    'Where are the two teams furthest apart? Start with the biggest gap.',
    'Ask a low scorer and a high scorer on the same statement to tell one story each.',
    'Which gap would hurt customers most if it stayed?',
  ],
  sinceLastTime: [
    'Start with what went well: which action made the biggest difference?',
    'For each late or dropped action: what got in the way, and does it still matter?',
    'Where did the hand-off numbers miss the promise, and what would make them hold?',
  ],
  buyingProcess: [
    'Walk it from the customer’s side: what are they trying to do at this stage?',
    'What question does the customer ask here, and who answers it today?',
    'What tells us they are ready for the next stage?',
  ],
  responsibilities: [
    'For each activity: who does the work, and which one team owns the outcome?',
    'Where is the hand-off, and where do leads come back (recycling)?',
    'Which activity does nobody do today?',
  ],
  handoff: [
    'What makes a lead marketing-qualified, and what makes sales accept it?',
    'How fast does sales follow up, and how many attempts before it goes back?',
    'What may sales reject, and what happens to a rejected lead?',
  ],
  bestCustomers: [
    'Which customers are worth the most to us, and why?',
    'What does each team do differently for them?',
  ],
  goals: [
    'Which one or two goals do both teams own together?',
    'Which metrics stay each team’s own, and who reviews them how often?',
    'Which incentives reward working together, and which should stay individual?',
  ],
  rhythm: [
    'Which joint meeting keeps this alive, how often, and who attends?',
    'How does what sales hears from customers reach marketing, and through which system?',
    'Who sponsors this from leadership?',
  ],
  actions: [
    'Every action gets one owner and a date before we move on.',
    'What from the parking lot needs an action, a decision or a later meeting?',
  ],
  signoff: [
    'Read the charter section by section; ask for objections before signing.',
    'The sponsor signs first; anyone absent is marked absent, not skipped.',
  ],
};

/** The notes a new workshop starts with: the prompts of every phase, one per line. */
export function defaultFacilitatorNotes(): FacilitatorNotes {
  return Object.fromEntries(Object.entries(PROMPTS).map(([phase, lines]) => [phase, lines.map((line) => `• ${line}`).join('\n')])) as FacilitatorNotes;
}
