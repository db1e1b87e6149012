import { Icon } from '../components/Icon';

export function ReadOnlyBanner({ reason }: { reason: string | null }) {
  return (
    <div className="banner banner--info" role="status" data-testid="readonly-banner">
      <Icon name="info" />
      <p className="banner__text">
        <strong>Read-only.</strong> {reason ?? 'This workshop cannot be changed here.'} You can look through it and export it.
      </p>
    </div>
  );
}
