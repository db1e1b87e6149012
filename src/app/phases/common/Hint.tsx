/** A gentle advisory in amber: an icon and one sentence, announced politely. Never blocks anything. */
import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import './forms.css';

export function Hint({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="form-hint" data-testid={testId}>
      <Icon name="alert" />
      <span className="form-hint__text">{children}</span>
    </p>
  );
}
