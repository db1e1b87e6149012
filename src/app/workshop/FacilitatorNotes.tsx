/**
 * The facilitator's private prompts for the current phase: a list to run the conversation by.
 * Saved in the workshop, edited like any field (undoable), and never sent to the projector,
 * printed in the charter or exported for the room.
 */
import { MAX_LONG_TEXT, type PhaseId, type Workshop } from '../../domain/workshopSchema';
import { TextArea } from '../components/TextArea';
import { useDisconnected } from '../stores/connectionStore';
import { dispatchCommand } from '../stores/sessionStore';
import { selectReadOnly, useWorkshop } from '../stores/workshopSelectors';


export function FacilitatorNotes({ phase }: { phase: PhaseId }) {
  const text = useWorkshop((s: { snapshot: { workshop: Workshop } | null }) => s.snapshot?.workshop.facilitatorNotes[phase] ?? '');
  const fileReadOnly = useWorkshop(selectReadOnly);
  const disconnected = useDisconnected();
  const readOnly = fileReadOnly || disconnected;
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  return (
    <details className="facilitator-notes" data-testid="facilitator-notes">
      <summary className="facilitator-notes__summary">
        Your prompts{lines > 0 ? ` (${lines})` : ''}
        <span className="facilitator-notes__private">private: never on the projector or in the charter</span>
      </summary>
      <TextArea
        aria-label="Your private prompts for this phase"
        data-testid="facilitator-notes-text"
        value={text}
        rows={Math.min(10, Math.max(3, lines + 1))}
        maxLength={MAX_LONG_TEXT}
        disabled={readOnly}
        placeholder="Questions to ask, things not to forget. Only you see these."
        onCommit={(value) => dispatchCommand({ type: 'setFacilitatorNote', phase, text: value })}
      />
    </details>
  );
}
