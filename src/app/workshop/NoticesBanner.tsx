/** Messages from the host about this workshop (e.g. restored from a snapshot), each dismissable. */
import type { Notice } from '../../shared/accordApi';
import { hostApi } from '../bridge/hostApi';
import { Icon } from '../components/Icon';
import { errorMessage } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';

const ICONS = { info: 'info', warning: 'alert', error: 'errorCircle' } as const;

export function NoticesBanner({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  const dismiss = (id: string) =>
    hostApi()
      .dismissNotice(id)
      .catch((error: unknown) => showToast({ kind: 'error', message: errorMessage(error) }));
  return (
    <div className="notices" data-testid="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`banner banner--${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
          <Icon name={ICONS[notice.level]} />
          <p className="banner__text">{notice.message}</p>
          <button type="button" className="icon-button" aria-label="Dismiss this message" onClick={() => void dismiss(notice.id)}>
            <Icon name="x" />
          </button>
        </div>
      ))}
    </div>
  );
}
