/** The start screen: every workshop on this computer, newest first, and ways to add one. */
import { countNoun } from '../../domain/countNoun';
import { NOUNS } from '../../domain/labels';
import { useEffect } from 'react';
import { Icon } from '../components/Icon';
import { refreshLibraryOnShow, useLibraryStore } from '../stores/libraryStore';
import { openDialog } from '../stores/uiStore';
import { ImportProblemPanel } from './ImportProblemPanel';
import { openImportPicker } from './openImportPicker';
import { WorkshopCard } from './WorkshopCard';

export function LibraryScreen() {
  const { loaded, summaries, error } = useLibraryStore();
  // Whenever the library comes into view, it may have changed (edits, saves, other windows).
  useEffect(() => {
    void refreshLibraryOnShow();
  }, []);
  return (
    <div className="library" data-testid="library">
      <header className="app-header">
        <span className="wordmark" aria-label="Accord">
          <span className="wordmark__mark" aria-hidden="true" />
          Accord
        </span>
        <div className="app-header__actions">
          <button type="button" className="button" onClick={openImportPicker}>
            <Icon name="upload" />
            Import…
          </button>
          <button type="button" className="button button--primary" onClick={() => openDialog({ kind: 'newWorkshop' })}>
            <Icon name="plus" />
            New workshop
          </button>
        </div>
      </header>

      <main className="library__main">
        <div className="library__intro">
          <h1>Workshops</h1>
          {loaded && !error && (
            <p className="library__count">{`${countNoun(summaries.length, NOUNS.workshop)} on this computer`}</p>
          )}
        </div>

        <ImportProblemPanel />

        {error && (
          <p className="banner banner--error library__error" role="alert">
            <Icon name="errorCircle" />
            <span className="banner__text">The library could not be read: {error}</span>
          </p>
        )}

        {loaded && summaries.length === 0 && !error && (
          <div className="empty-state">
            <p className="empty-state__title">No workshops yet</p>
            <p>Create one from a buying-process template, or import an Accord workshop file (.accord).</p>
            <button type="button" className="button button--primary" onClick={() => openDialog({ kind: 'newWorkshop' })}>
              <Icon name="plus" />
              New workshop
            </button>
          </div>
        )}

        <div className="library__grid">
          {summaries.map((summary) => (
            <WorkshopCard key={summary.id} summary={summary} />
          ))}
        </div>
      </main>
    </div>
  );
}
