/**
 * Intent commands say what the facilitator did ("add this note"); the host's context gives the
 * new item its id and time. Each becomes the item command it stands for, so validation and
 * resolution stay in one place.
 */
import type { commandSchema } from './commands';

type ParsedCommand = ReturnType<typeof commandSchema.parse>;
export type IntentType = 'startVote' | 'addDecision' | 'addNote' | 'parkTopic';

export interface IntentContext {
  now: string;
  newId: () => string;
}

export function stampIntent(command: ParsedCommand, context: IntentContext): Exclude<ParsedCommand, { type: IntentType }> {
  switch (command.type) {
    case 'startVote': {
      const options = command.options.map((label) => ({ id: context.newId(), label, dots: 0 }));
      const vote = { id: context.newId(), kind: command.kind, question: command.question, options, hands: [], status: 'open' as const, createdAt: context.now };
      return { type: 'addItem', collection: 'votes', item: vote };
    }
    case 'addDecision': {
      const { type: _, ...decision } = command;
      return { type: 'addItem', collection: 'decisions', item: { ...decision, id: context.newId(), decidedAt: context.now } };
    }
    case 'addNote': {
      const { type: _, ...note } = command;
      return { type: 'addItem', collection: 'notes', item: { ...note, id: context.newId(), createdAt: context.now } };
    }
    case 'parkTopic': {
      const { type: _, ...topic } = command;
      return { type: 'addItem', collection: 'parkingLot', item: { ...topic, id: context.newId(), createdAt: context.now } };
    }
    default:
      return command;
  }
}
