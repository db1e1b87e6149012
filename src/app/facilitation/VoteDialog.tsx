/**
 * Dot votes and fist-of-five checks on any contested item. A vote lives in the workshop while
 * open (a reload keeps it); "Close and record" turns it into a decision with its result.
 * Keyboard: digits 1–9 add a dot to that option (Shift takes one back), +/− act on the focused
 * option; in a fist of five the keys 0–5 record a hand.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Vote } from '../../domain/workshopSchema';
import { countNoun } from '../../domain/countNoun';
import { displayName } from '../../domain/displayNames';
import { NOUNS, VOTE_KIND_LABELS } from '../../domain/labels';
import { FIST_OF_FIVE, isBlockingHand, voteOutcome, type VoteOutcome } from '../../domain/voteResult';
import { Icon } from '../components/Icon';
import { isTextEntry } from '../keyboard/shortcuts';
import { dispatchCommand, dispatchIntent, undo } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';
import { useOnNewItem } from '../phases/common/useOnNewItem';
import { ToolModal } from './ToolModal';
import { selectVotes, useWorkshop } from '../stores/workshopSelectors';

export function VoteDialog({ readOnly, onClose }: { readOnly: boolean; onClose: () => void }) {
  const votes = useWorkshop(selectVotes);
  const openVotes = useMemo(() => votes.filter((v) => v.status === 'open'), [votes]);
  // With one vote running, reopening the dialog goes straight back to it.
  const [voteId, setVoteId] = useState<string | null>(() => (openVotes.length === 1 ? openVotes[0]!.id : null));
  const vote = voteId ? votes.find((v) => v.id === voteId && v.status === 'open') : undefined;

  if (vote) {
    return <RunningVote key={vote.id} vote={vote} readOnly={readOnly} onBack={() => setVoteId(null)} onClose={onClose} />;
  }
  return (
    <ToolModal title="Vote" subtitle="A dot vote or a fist of five; the result goes to the decisions log" variant="center" testId="vote-dialog" onClose={onClose}>
      {openVotes.length > 0 && (
        <section className="vote-open" aria-labelledby="open-votes-title">
          <h3 id="open-votes-title" className="tool-section-title">
            Votes in progress
          </h3>
          <ul className="vote-open__list">
            {openVotes.map((v) => (
              <li key={v.id}>
                <button type="button" className="vote-open__item" onClick={() => setVoteId(v.id)}>
                  <span className="tool-chip">{VOTE_KIND_LABELS[v.kind]}</span>
                  <span className="vote-open__question wrap-anywhere">{displayName(v.question, 'vote')}</span>
                  <span className="vote-open__resume">
                    Resume
                    <Icon name="next" />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {readOnly ? <p className="tool-empty">This workshop is read-only.</p> : <NewVoteForm onStarted={setVoteId} />}
    </ToolModal>
  );
}

function NewVoteForm({ onStarted }: { onStarted: (id: string) => void }) {
  const votes = useWorkshop(selectVotes);
  const awaitVote = useOnNewItem(votes, (vote) => onStarted(vote.id));
  const [kind, setKind] = useState<Vote['kind']>('fistOfFive');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState<string[]>(['', '']);
  const [busy, setBusy] = useState(false);
  const optionsRef = useRef<HTMLOListElement>(null);
  const [focusOption, setFocusOption] = useState<number | null>(null);

  useEffect(() => {
    if (focusOption === null) return;
    optionsRef.current?.querySelectorAll('input')[focusOption]?.focus();
    setFocusOption(null);
  }, [focusOption, options]);

  const filled = options.map((o) => o.trim()).filter(Boolean);
  const ready = question.trim() !== '' && (kind === 'fistOfFive' || filled.length >= 2);

  const start = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const createdId = await dispatchIntent({ type: 'startVote', kind, question: question.trim(), options: kind === 'dotVote' ? filled.slice(0, 30) : [] });
    setBusy(false);
    awaitVote(createdId);
  };

  const onQuestionKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (kind === 'dotVote') setFocusOption(0);
    else void start();
  };

  const onOptionKey = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) return void start();
    if (index < options.length - 1) return setFocusOption(index + 1);
    if (!options[index]!.trim()) return void start();
    if (options.length < 30) {
      setOptions([...options, '']);
      setFocusOption(index + 1);
    }
  };

  return (
    <section className="vote-new" aria-labelledby="new-vote-title" data-testid="new-vote">
      <h3 id="new-vote-title" className="tool-section-title">
        Start a vote
      </h3>
      <fieldset className="vote-kind">
        <legend className="visually-hidden">Kind of vote</legend>
        <label className="vote-kind__option">
          <input type="radio" name="vote-kind" checked={kind === 'fistOfFive'} onChange={() => setKind('fistOfFive')} />
          <span className="vote-kind__text">
            <span className="vote-kind__name">{VOTE_KIND_LABELS.fistOfFive}</span>
            <span className="vote-kind__description">How strongly does each person support it, 0 to 5?</span>
          </span>
        </label>
        <label className="vote-kind__option">
          <input type="radio" name="vote-kind" checked={kind === 'dotVote'} onChange={() => setKind('dotVote')} />
          <span className="vote-kind__text">
            <span className="vote-kind__name">{VOTE_KIND_LABELS.dotVote}</span>
            <span className="vote-kind__description">Which options matter most? Everyone places dots.</span>
          </span>
        </label>
      </fieldset>
      <label className="field">
        <span className="field__label">Question</span>
        <input className="input" name="question" value={question} maxLength={300} data-autofocus placeholder="e.g. Sales leads Consideration from the discovery call" onChange={(e) => setQuestion(e.target.value)} onKeyDown={onQuestionKey} />
      </label>
      {kind === 'dotVote' && (
        <div className="field">
          <span className="field__label" id="vote-options-label">
            Options
          </span>
          <ol className="vote-options-edit" ref={optionsRef} aria-labelledby="vote-options-label">
            {options.map((option, index) => (
              <li key={index} className="vote-options-edit__row">
                <span className="vote-options-edit__number" aria-hidden="true">
                  {index + 1}
                </span>
                <input
                  className="input"
                  value={option}
                  maxLength={300}
                  aria-label={`Option ${index + 1}`}
                  placeholder={index < 2 ? `Option ${index + 1}` : 'Another option (Enter on an empty one starts)'}
                  onChange={(e) => setOptions(options.map((o, i) => (i === index ? e.target.value : o)))}
                  onKeyDown={onOptionKey(index)}
                />
                {options.length > 2 && (
                  <button type="button" className="icon-button" aria-label={`Remove option ${index + 1}`} onClick={() => setOptions(options.filter((_, i) => i !== index))}>
                    <Icon name="x" />
                  </button>
                )}
              </li>
            ))}
          </ol>
          <span className="field__hint">Enter goes to the next option and adds one at the end.</span>
        </div>
      )}
      <div className="vote-new__actions">
        <button type="button" className="button button--primary" disabled={!ready || busy} onClick={() => void start()}>
          Start {kind === 'dotVote' ? 'dot vote' : 'fist of five'}
        </button>
      </div>
    </section>
  );
}

function RunningVote({ vote, readOnly, onBack, onClose }: { vote: Vote; readOnly: boolean; onBack: () => void; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const outcome = useMemo(() => voteOutcome(vote), [vote]);

  const closeAndRecord = async () => {
    if (busy) return;
    setBusy(true);
    const ok = await dispatchCommand({ type: 'closeVote', voteId: vote.id });
    setBusy(false);
    if (ok) {
      showToast({ kind: 'success', message: `Recorded in the decisions log: ${outcome.summary}.` });
      onClose();
    }
  };

  const discard = async () => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'votes', id: vote.id })) {
      showToast({ kind: 'info', message: 'Discarded the vote.', action: { label: 'Undo', run: () => void undo() } });
      onBack();
    }
  };

  const cast = (optionId: string, delta: 1 | -1) => {
    const option = vote.options.find((o) => o.id === optionId);
    if (!option || (delta === -1 && option.dots === 0)) return;
    void dispatchCommand({ type: 'castDot', voteId: vote.id, optionId, delta });
  };
  const hand = (fingers: number) => void dispatchCommand({ type: 'recordHand', voteId: vote.id, fingers });

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (readOnly || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const digit = /^Digit(\d)$/.exec(event.nativeEvent.code)?.[1] ?? /^Numpad(\d)$/.exec(event.nativeEvent.code)?.[1];
    if (vote.kind === 'fistOfFive') {
      if (digit !== undefined && Number(digit) <= 5 && !event.shiftKey) {
        event.preventDefault();
        hand(Number(digit));
      }
      return;
    }
    if (digit !== undefined && digit !== '0') {
      const option = vote.options[Number(digit) - 1];
      if (option) {
        event.preventDefault();
        cast(option.id, event.shiftKey ? -1 : 1);
      }
      return;
    }
    if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '−') {
      const row = (event.target as HTMLElement).closest<HTMLElement>('[data-option-id]');
      if (row) {
        event.preventDefault();
        cast(row.dataset.optionId!, event.key === '-' || event.key === '−' ? -1 : 1);
      }
    }
  };

  return (
    <ToolModal
      title={displayName(vote.question, 'vote')}
      subtitle={
        <>
          <span className="tool-chip">{VOTE_KIND_LABELS[vote.kind]}</span> {vote.kind === 'dotVote' ? 'Keys 1–9 add a dot to that option, Shift+key takes one back' : 'Keys 0–5 record each hand as it is shown'}
        </>
      }
      variant="center"
      testId="vote-dialog"
      onClose={onClose}
      onKeyDown={onKeyDown}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onBack}>
            <Icon name="back" />
            All votes
          </button>
          <span className="tool-modal__spacer" />
          {!readOnly && (
            <>
              <button type="button" className="button" onClick={() => void discard()}>
                Discard
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void closeAndRecord()}>
                <Icon name="check" />
                Close and record
              </button>
            </>
          )}
        </>
      }
    >
      {vote.kind === 'dotVote' ? <DotVote vote={vote} total={outcome.totalDots} readOnly={readOnly} onCast={cast} /> : <FistOfFive outcome={outcome} hands={vote.hands.length} readOnly={readOnly} onHand={hand} />}
      <p className="vote-summary" aria-live="polite" data-testid="vote-summary">
        {outcome.summary}
      </p>
    </ToolModal>
  );
}

function DotVote({ vote, total, readOnly, onCast }: { vote: Vote; total: number; readOnly: boolean; onCast: (optionId: string, delta: 1 | -1) => void }) {
  const max = Math.max(1, ...vote.options.map((o) => o.dots));
  return (
    <ol className="dot-options" aria-label="Options" data-testid="dot-options">
      {vote.options.map((option, index) => (
        <li key={option.id} className="dot-option" data-option-id={option.id} data-testid="dot-option">
          <span className="dot-option__key" aria-hidden="true">
            {index < 9 ? index + 1 : ''}
          </span>
          <div className="dot-option__main">
            <span className="dot-option__label wrap-anywhere">{option.label}</span>
            <span className="dot-option__bar" aria-hidden="true">
              <span className="dot-option__fill" style={{ width: `${(option.dots / max) * 100}%` }} />
            </span>
          </div>
          <button type="button" className="big-button" aria-label={`Take a dot back from ${option.label}`} disabled={readOnly || option.dots === 0} onClick={() => onCast(option.id, -1)}>
            −
          </button>
          <span className="dot-option__count" data-testid="dot-count">
            {option.dots}
            <span className="visually-hidden"> dots for {option.label}</span>
          </span>
          <button type="button" className="big-button big-button--add" data-autofocus={index === 0 ? true : undefined} aria-label={`Add a dot to ${option.label}`} disabled={readOnly} onClick={() => onCast(option.id, 1)}>
            +
          </button>
        </li>
      ))}
      <li className="dot-options__total" aria-hidden="true">
        {countNoun(total, NOUNS.dot)} in total
      </li>
    </ol>
  );
}

function FistOfFive({ outcome, hands: n, readOnly, onHand }: { outcome: VoteOutcome; hands: number; readOnly: boolean; onHand: (fingers: number) => void }) {
  const { average, handsByValue: counts } = outcome;
  const max = Math.max(1, ...counts);
  return (
    <div className="fist">
      <div className="fist__buttons" role="group" aria-label="Record a hand">
        {FIST_OF_FIVE.map((f) => (
          <button key={f.value} type="button" data-autofocus={f.value === 3 ? true : undefined} className={`fist__button fist__button--${isBlockingHand(f.value) ? 'low' : 'high'}`} disabled={readOnly} onClick={() => onHand(f.value)}>
            <span className="fist__value">{f.value}</span>{' '}
            <span className="fist__caption">{f.caption}</span>
          </button>
        ))}
      </div>
      <div className="fist__result">
        <div className="fist__stats">
          <p className="fist__average" data-testid="fist-average">
            <span className="fist__average-value">{average === null ? '–' : average.toFixed(1)}</span>
            <span className="fist__average-label">average</span>
          </p>
          <p className="fist__hands" data-testid="fist-hands">
            {countNoun(n, NOUNS.hand)}
          </p>
          {!readOnly && n > 0 && (
            <button type="button" className="button button--small button--quiet" onClick={() => void undo()}>
              <Icon name="undo" />
              Undo last
            </button>
          )}
        </div>
        <ol className="fist__bars" aria-label="Hands per value">
          {counts.map((count, value) => (
            <li key={value} className={`fist__bar fist__bar--${isBlockingHand(value) ? 'low' : 'high'}`}>
              <span className="fist__bar-track" aria-hidden="true">
                <span className="fist__bar-fill" style={{ height: `${(count / max) * 100}%` }} />
              </span>
              <span className="fist__bar-count">{count}</span>
              <span className="fist__bar-value">
                <span className="visually-hidden">hands showing </span>
                {value}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
