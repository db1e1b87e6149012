/**
 * Sticky notes for the current phase, beside the phase (not modal): add with Enter, edit in
 * place, recolour, delete, or turn a note into a stage, an activity, a lead-definition
 * criterion or an action. Only this phase's notes render, and at most a page of them at a
 * time, so a workshop with thousands of notes stays quick.
 */
import { countNoun } from '../../domain/countNoun';
import { displayName } from '../../domain/displayNames';
import { NOUNS } from '../../domain/labels';
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PHASES } from '../../domain/phases';
import type { PhaseId, StickyNote } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';
import { TextArea } from '../components/TextArea';
import { dispatchCommand, undo } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';
import { SHORTCUT_HINTS } from './facilitationShortcuts';
import { closeNotes, useFacilitationStore } from './facilitationStore';
import { selectHandoffs, selectStages, useWorkshop } from '../stores/workshopSelectors';
import { usePhaseNotes } from './usePhaseNotes';

type Colour = StickyNote['colour'];
const COLOURS: { id: Colour; label: string }[] = [
  { id: 'yellow', label: 'Yellow' },
  { id: 'blue', label: 'Blue' },
  { id: 'orange', label: 'Orange' },
  { id: 'green', label: 'Green' },
  { id: 'pink', label: 'Pink' },
];
const PAGE = 24;

export function NotesPanel({ phase, readOnly }: { phase: PhaseId; readOnly: boolean }) {
  const notes = usePhaseNotes(phase);
  const [text, setText] = useState('');
  const [colour, setColour] = useState<Colour>('yellow');
  const [shown, setShown] = useState(PAGE);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const focusRequests = useFacilitationStore((s) => s.noteFocusRequests);

  useEffect(() => {
    inputRef.current?.focus();
  }, [focusRequests]);
  useEffect(() => setShown(PAGE), [phase]);

  const add = async () => {
    const value = text.trim();
    if (!value) return;
    if (await dispatchCommand({ type: 'addNote', phase, text: value, colour })) setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void add();
    } else if (event.key === 'Escape') {
      closeNotes();
    }
  };

  // Newest first: the note just typed is the one the room is looking at.
  const visible = useMemo(() => notes.slice(-shown).reverse(), [notes, shown]);

  return (
    <aside className="notes-panel" aria-labelledby="notes-panel-title" data-testid="notes-panel">
      <header className="notes-panel__head">
        <div>
          <h2 id="notes-panel-title" className="notes-panel__title">
            Sticky notes
          </h2>
          <p className="notes-panel__subtitle" aria-live="polite" data-testid="notes-count">
            {notes.length === 0 ? 'None' : countNoun(notes.length, NOUNS.note)} in {PHASES[phase].label}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close sticky notes" title="Close (Esc)" onClick={closeNotes}>
          <Icon name="x" />
        </button>
      </header>

      {!readOnly && (
        <div className="note-form">
          <textarea
            ref={inputRef}
            className={`input input--multiline note-form__input note-colour--${colour}`}
            name="newNote"
            rows={2}
            maxLength={10_000}
            value={text}
            aria-label="New sticky note"
            placeholder="Type a note, Enter to add"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <div className="note-form__row">
            <ColourPicker value={colour} onChange={setColour} label="Colour of new notes" />
            <button type="button" className="button button--small" onClick={() => void add()} disabled={!text.trim()}>
              Add note
            </button>
          </div>
        </div>
      )}

      <div className="notes-panel__list">
        {notes.length === 0 ? (
          <p className="tool-empty">
            Capture ideas as the room calls them out; turn the good ones into stages, activities, criteria or actions. <span className="kbd">{SHORTCUT_HINTS.notes}</span> brings you here from any phase.
          </p>
        ) : (
          <ul className="note-grid" aria-label={`Sticky notes in ${PHASES[phase].label}`}>
            {visible.map((note) => (
              <NoteCard key={note.id} note={note} readOnly={readOnly} />
            ))}
          </ul>
        )}
        {notes.length > visible.length && (
          <button type="button" className="button button--quiet notes-panel__more" onClick={() => setShown((n) => n + PAGE * 2)}>
            Show {Math.min(PAGE * 2, notes.length - visible.length)} more of {notes.length - visible.length} older notes
          </button>
        )}
      </div>
    </aside>
  );
}

function ColourPicker({ value, onChange, label }: { value: Colour; onChange: (colour: Colour) => void; label: string }) {
  const name = useId();
  return (
    <div className="colour-picker" role="radiogroup" aria-label={label}>
      {COLOURS.map((c) => (
        <label key={c.id} className={`colour-picker__swatch note-colour--${c.id}`} title={c.label}>
          <input type="radio" className="colour-picker__input" name={name} checked={value === c.id} aria-label={c.label} onChange={() => onChange(c.id)} />
        </label>
      ))}
    </div>
  );
}

const NoteCard = memo(function NoteCard({ note, readOnly }: { note: StickyNote; readOnly: boolean }) {
  const [mode, setMode] = useState<'view' | 'colour' | 'convert'>('view');
  const short = note.text.length > 40 ? `${note.text.slice(0, 40)}…` : note.text;
  const remove = async () => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'notes', id: note.id })) {
      showToast({ kind: 'info', message: 'Deleted the sticky note.', action: { label: 'Undo', run: () => void undo() } });
    }
  };
  return (
    <li className={`note-card note-colour--${note.colour}`} data-testid="sticky-note" data-note-id={note.id} data-colour={note.colour}>
      <TextArea
        className="note-card__text"
        rows={2}
        aria-label={`Sticky note: ${short}`}
        value={note.text}
        maxLength={10_000}
        disabled={readOnly}
        onCommit={(text) => dispatchCommand({ type: 'updateItem', collection: 'notes', id: note.id, patch: { text } })}
      />
      {!readOnly && mode === 'view' && (
        <div className="note-card__tools">
          <button type="button" className="note-card__tool" onClick={() => setMode('convert')} aria-label={`Turn into… ${short}`}>
            Turn into…
          </button>
          <span className="note-card__spacer" />
          <button type="button" className="note-card__icon" onClick={() => setMode('colour')} aria-label={`Recolour “${short}”`} title="Colour">
            <PaletteIcon />
          </button>
          <button type="button" className="note-card__icon" onClick={() => void remove()} aria-label={`Delete “${short}”`} title="Delete">
            <Icon name="trash" />
          </button>
        </div>
      )}
      {mode === 'colour' && (
        <div className="note-card__tools">
          <ColourPicker
            value={note.colour}
            label={`Colour of “${short}”`}
            onChange={(colour) => {
              void dispatchCommand({ type: 'updateItem', collection: 'notes', id: note.id, patch: { colour } });
              setMode('view');
            }}
          />
          <button type="button" className="note-card__tool" onClick={() => setMode('view')}>
            Done
          </button>
        </div>
      )}
      {mode === 'convert' && <ConvertForm note={note} onDone={() => setMode('view')} />}
    </li>
  );
});

type Into = 'action' | 'stage' | 'activity' | 'criterion';
const INTO_LABELS: Record<Into, string> = { action: 'an action', stage: 'a stage', activity: 'an activity', criterion: 'a lead-definition criterion' };
const INTO_DONE: Record<Into, string> = {
  action: 'Now an action; give it an owner and a due date in Actions.',
  stage: 'Added as the last stage of the buying process.',
  activity: 'Added as an activity of the stage.',
  criterion: 'Added to the lead definition’s criteria.',
};

/** Mounted only while open, so the stage and hand-off lists are read only when needed. */
function ConvertForm({ note, onDone }: { note: StickyNote; onDone: () => void }) {
  const stages = useWorkshop(selectStages);
  const handoffs = useWorkshop(selectHandoffs);
  const definitions = useMemo(() => {
    const stageName = new Map(stages.map((s) => [s.id, s.name]));
    return handoffs.flatMap((h) =>
      h.leadDefinitions.map((d) => ({ id: d.id, label: `${displayName(d.shortName || d.name, 'definition')} · ${stageName.get(h.fromStageId) ?? '?'} → ${stageName.get(h.toStageId) ?? '?'}` })),
    );
  }, [stages, handoffs]);
  const [into, setInto] = useState<Into>('action');
  const [targetId, setTargetId] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);

  const targets = into === 'activity' ? stages.map((s, i) => ({ id: s.id, label: `${i + 1}. ${displayName(s.name, 'stage')}` })) : into === 'criterion' ? definitions : [];
  const needsTarget = into === 'activity' || into === 'criterion';
  const chosen = needsTarget ? (targets.some((t) => t.id === targetId) ? targetId : (targets[0]?.id ?? '')) : undefined;

  const convert = async () => {
    if (needsTarget && !chosen) return;
    const ok = await dispatchCommand({ type: 'convertNote', noteId: note.id, into, ...(chosen ? { targetId: chosen } : {}) });
    if (ok) showToast({ kind: 'success', message: INTO_DONE[into], action: { label: 'Undo', run: () => void undo() } });
  };

  return (
    <div className="note-convert" onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onDone())}>
      <label className="note-convert__field">
        <span className="note-convert__label">Turn into</span>
        <select ref={selectRef} className="select note-convert__select" value={into} onChange={(event) => setInto(event.target.value as Into)}>
          {(Object.keys(INTO_LABELS) as Into[]).map((key) => (
            <option key={key} value={key}>
              {INTO_LABELS[key]}
            </option>
          ))}
        </select>
      </label>
      {needsTarget &&
        (targets.length === 0 ? (
          <p className="note-convert__missing">{into === 'activity' ? 'Add a stage in the buying process first.' : 'No lead definitions yet: add one in the Hand-off phase first.'}</p>
        ) : (
          <label className="note-convert__field">
            <span className="note-convert__label">{into === 'activity' ? 'In stage' : 'In definition'}</span>
            <select className="select note-convert__select" value={chosen} onChange={(event) => setTargetId(event.target.value)}>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      <div className="note-convert__actions">
        <button type="button" className="note-card__tool" onClick={onDone}>
          Cancel
        </button>
        <button type="button" className="button button--small button--primary" disabled={needsTarget && !chosen} onClick={() => void convert()}>
          Turn into {into === 'criterion' ? 'criterion' : into}
        </button>
      </div>
    </div>
  );
}

function PaletteIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M12 3a9 9 0 100 18c1.1 0 1.6-.8 1.6-1.6 0-.5-.2-.8-.5-1.2-.3-.3-.5-.7-.5-1.2 0-.9.7-1.6 1.6-1.6H16a5 5 0 005-5C21 6.4 17 3 12 3z" />
      <path d="M7.5 11.5v.01M10 7.5v.01M14.5 7.5v.01M17 11v.01" />
    </svg>
  );
}
