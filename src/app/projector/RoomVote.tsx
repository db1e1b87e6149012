/**
 * A vote the facilitator is running, on the wall: the room sees the question and the dots or
 * hands as they are recorded, instead of the phase's projection, until the vote is closed (its
 * result then goes to the decisions log). With several open, the latest started is shown.
 */
import { countNoun } from '../../domain/countNoun';
import { NOUNS, VOTE_KIND_LABELS } from '../../domain/labels';
import { FIST_OF_FIVE, voteOutcome } from '../../domain/voteResult';
import type { Vote } from '../../domain/workshopSchema';

export function RoomVote({ vote, alsoOpen }: { vote: Vote; alsoOpen: number }) {
  const outcome = voteOutcome(vote);
  return (
    <section className="room-vote" aria-labelledby="room-vote-question" data-testid="room-vote" data-kind={vote.kind}>
      <p className="room-vote__kind">
        {VOTE_KIND_LABELS[vote.kind]}
        {alsoOpen > 0 && <span className="room-vote__more"> · {alsoOpen} more {alsoOpen === 1 ? NOUNS.vote.one : NOUNS.vote.other} open</span>}
      </p>
      <h2 className="room-vote__question" id="room-vote-question" dir="auto">
        {vote.question}
      </h2>
      {vote.kind === 'dotVote' ? <DotBars vote={vote} total={outcome.totalDots} /> : <HandBars handsByValue={outcome.handsByValue} hands={vote.hands.length} average={outcome.average} />}
    </section>
  );
}

function DotBars({ vote, total }: { vote: Vote; total: number }) {
  const most = Math.max(1, ...vote.options.map((option) => option.dots));
  return (
    <>
      <ol className="room-vote__bars">
        {vote.options.map((option) => (
          <li key={option.id} className="room-vote__bar">
            <span className="room-vote__label" dir="auto">
              {option.label}
            </span>
            <span className="room-vote__track" aria-hidden="true">
              <span className="room-vote__fill" style={{ inlineSize: `${(option.dots / most) * 100}%` }} />
            </span>
            <span className="room-vote__count">{countNoun(option.dots, NOUNS.dot)}</span>
          </li>
        ))}
      </ol>
      <p className="room-vote__total">{total === 0 ? 'No dots yet' : `${countNoun(total, NOUNS.dot)} so far`}</p>
    </>
  );
}

function HandBars({ handsByValue, hands, average }: { handsByValue: number[]; hands: number; average: number | null }) {
  const most = Math.max(1, ...handsByValue);
  return (
    <>
      <ol className="room-vote__bars">
        {FIST_OF_FIVE.map(({ value, caption }) => (
          <li key={value} className={value <= 2 ? 'room-vote__bar room-vote__bar--concern' : 'room-vote__bar'}>
            <span className="room-vote__label">
              {value} · {caption}
            </span>
            <span className="room-vote__track" aria-hidden="true">
              <span className="room-vote__fill" style={{ inlineSize: `${(handsByValue[value]! / most) * 100}%` }} />
            </span>
            <span className="room-vote__count">{countNoun(handsByValue[value]!, NOUNS.hand)}</span>
          </li>
        ))}
      </ol>
      <p className="room-vote__total">{average === null ? 'No hands yet' : `${countNoun(hands, NOUNS.hand)} · average ${average.toFixed(1)}`}</p>
    </>
  );
}
