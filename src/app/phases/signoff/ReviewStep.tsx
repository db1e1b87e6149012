/** The room reads the charter together: the page opened here is the one the projector shows. */
import { CharterReview } from '../../charter/CharterReview';
import { Icon } from '../../components/Icon';
import type { CharterRecordState } from './useCharterRecord';

interface ReviewStepProps {
  charter: CharterRecordState;
  readOnly: boolean;
  sectionId: string | null;
  page: number;
  onShowSection: (id: string | null, page?: number) => void;
  onContinue: () => void;
}

export function ReviewStep({ charter, readOnly, sectionId, page, onShowSection, onContinue }: ReviewStepProps) {
  return (
    <div className="signoff-review" data-testid="signoff-review">
      {charter.status === 'ready' && charter.record.version > 1 && charter.record.signatures.length === 0 && (
        <p className="signoff-note" data-testid="review-new-version">
          <Icon name="info" />
          <span>
            This is version {charter.record.version} of the charter: it changed after version {charter.record.version - 1} was signed, so the room reviews it again and everyone signs again. Earlier versions stay readable under Export &amp; verify.
          </span>
        </p>
      )}
      {charter.status === 'loading' && (
        <p className="signoff-loading" role="status">
          <Icon name="loader" className="spin" />
          Preparing the charter…
        </p>
      )}
      {charter.status === 'failed' && <CharterProblem message={charter.message} />}
      {charter.status === 'ready' && (
        <div className="panel signoff-review__charter">
          <CharterReview record={charter.record} sectionId={sectionId} page={page} onShowSection={onShowSection} />
        </div>
      )}
      {/* Under the page, not above it: the page is what the room reads, so it starts high enough to show whole on a 1366×768 laptop. */}
      <p className="signoff-note signoff-note--quiet">
        <Icon name={readOnly ? 'info' : 'projector'} />
        <span>{readOnly ? 'This workshop is read-only here: the pages you open stay on this screen.' : 'The projector shows the page you open here, so the room reads along.'}</span>
      </p>
      <div className="signoff-step-footer">
        <p>When the room has read the charter and agrees, each participant signs it in turn.</p>
        <button type="button" className="button button--primary" onClick={onContinue}>
          Continue to signing
          <Icon name="next" />
        </button>
      </div>
    </div>
  );
}

/** Why the charter cannot be shown (or signed), in the host's words. */
function CharterProblem({ message }: { message: string }) {
  return (
    <p className="signoff-problem" role="alert" data-testid="charter-problem">
      <Icon name="errorCircle" />
      <span>{message}</span>
    </p>
  );
}
