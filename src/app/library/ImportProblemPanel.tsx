/** Why an import was refused, field by field, so the facilitator can fix or report the file. */
import { Icon } from '../components/Icon';
import { useUiStore } from '../stores/uiStore';

const SHOWN = 10;
/** A file that is not a workshop at all: its first few missing parts say enough. */
const SHOWN_FOR_OTHER_FILES = 3;

export function ImportProblemPanel() {
  const problem = useUiStore((s) => s.importProblem);
  if (!problem) return null;
  const shown = problem.rejections.slice(0, problem.notAWorkshop ? SHOWN_FOR_OTHER_FILES : SHOWN);
  const more = problem.rejections.length - shown.length;
  return (
    <section className="import-problem" role="alert" aria-labelledby="import-problem-title" data-testid="import-problem">
      <div className="import-problem__head">
        <Icon name="errorCircle" />
        <div className="import-problem__text">
          <h2 id="import-problem-title" className="wrap-anywhere">
            “{problem.fileName}” was not imported
          </h2>
          {/* With a list below, a count reads better than the host's one-line summary of it. */}
          <p className="wrap-anywhere">
            {problem.notAWorkshop
              ? problem.notAWorkshop
              : problem.rejections.length === 0
              ? problem.message
              : problem.rejections.length === 1
                ? 'One problem was found in the file:'
                : `${problem.rejections.length} problems were found in the file:`}
          </p>
          {problem.rejections.length === 0 && <p>Your library is unchanged.</p>}
        </div>
        <button type="button" className="icon-button" aria-label="Dismiss import problem" onClick={() => useUiStore.setState({ importProblem: null })}>
          <Icon name="x" />
        </button>
      </div>
      {shown.length > 0 && (
        <ul className="import-problem__list" data-testid="import-rejections">
          {shown.map((rejection, index) => (
            <li key={index}>
              <code className="wrap-anywhere">{rejection.path || '(whole file)'}</code>
              <span className="wrap-anywhere">{rejection.message}</span>
            </li>
          ))}
          {more > 0 && <li className="import-problem__more">and {more} more</li>}
        </ul>
      )}
      {shown.length > 0 && <p className="import-problem__foot">Your library is unchanged.</p>}
    </section>
  );
}
