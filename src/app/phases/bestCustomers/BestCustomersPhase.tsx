/** Best customers: the segments and named accounts that matter most, why, and what each team does for them. */
import { newBestCustomer } from '../../../domain/newItems';
import { memo, useCallback } from 'react';
import type { Workshop } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { dispatchCommand } from '../../stores/sessionStore';
import { CollectionSection, ItemCard, named, removeItemWithUndo, SegmentedControl, TextField, useFocusNewItem } from '../common';
import type { PhaseViewProps } from '../phaseViews';
import { selectBestCustomers, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import './bestCustomers.css';

type BestCustomer = Workshop['bestCustomers'][number];

const KINDS = [
  { value: 'segment', label: 'Segment' },
  { value: 'account', label: 'Named account' },
] as const;

export function BestCustomersPhase({ readOnly }: PhaseViewProps) {
  const customers = useWorkshop(selectBestCustomers);
  const teams = useWorkshop(selectTeams);
  const { containerRef, addAndFocus } = useFocusNewItem(customers);
  const add = useCallback(
    (kind: BestCustomer['kind']) =>
      void addAndFocus({ type: 'addItem', collection: 'bestCustomers', item: newBestCustomer(crypto.randomUUID(), kind) }),
    [addAndFocus],
  );
  const marketing = teams.find((t) => t.kind === 'marketing')?.name ?? 'Marketing';
  const sales = teams.find((t) => t.kind === 'sales')?.name ?? 'Sales';

  return (
    <CollectionSection
      title="Best customers"
      description="The few segments or named accounts both teams will focus on first, and what each team does to win and grow them."
      count={customers.length}
      noun={['best customer', 'best customers']}
      addLabel="Add best customer"
      onAdd={() => add('segment')}
      readOnly={readOnly}
      addDisabledReason={customers.length >= LIMITS.bestCustomers ? `A workshop holds at most ${LIMITS.bestCustomers} best customers.` : undefined}
      listRef={containerRef}
      listClassName="best-customers__list"
      testId="best-customers"
      empty={{
        icon: 'star',
        title: 'Which customers matter most?',
        body: (
          <p>
            Teams pull together when they chase the same customers. Name the segments (e.g. “regional logistics firms with 50–500 vehicles”) or the named
            accounts that bring the most value, say why, and agree what {marketing} and {sales} each do for them.
          </p>
        ),
        actions: (
          <>
            <button type="button" className="button button--primary" onClick={() => add('segment')}>
              Add a segment
            </button>
            <button type="button" className="button" onClick={() => add('account')}>
              Add a named account
            </button>
          </>
        ),
      }}
    >
      {customers.map((customer, index) => (
        <BestCustomerCard key={customer.id} customer={customer} index={index} count={customers.length} marketing={marketing} sales={sales} readOnly={readOnly} />
      ))}
    </CollectionSection>
  );
}

interface CardProps {
  customer: BestCustomer;
  index: number;
  count: number;
  marketing: string;
  sales: string;
  readOnly: boolean;
}

const BestCustomerCard = memo(function BestCustomerCard({ customer, index, count, marketing, sales, readOnly }: CardProps) {
  const update = (patch: Partial<Omit<BestCustomer, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'bestCustomers', id: customer.id, patch });
  const label = `best customer ${index + 1}`;
  return (
    <ItemCard
      itemId={customer.id}
      label={label}
      testId="best-customer-card"
      readOnly={readOnly}
      onMoveUp={index > 0 ? () => void dispatchCommand({ type: 'moveItem', collection: 'bestCustomers', id: customer.id, toIndex: index - 1 }) : undefined}
      onMoveDown={index < count - 1 ? () => void dispatchCommand({ type: 'moveItem', collection: 'bestCustomers', id: customer.id, toIndex: index + 1 }) : undefined}
      onRemove={() => void removeItemWithUndo('bestCustomers', customer.id, named(customer.name, 'a best customer without a name'))}
      eyebrow={
        <>
          <span>#{index + 1}</span>
          <SegmentedControl label={`Kind of ${label}`} value={customer.kind} options={KINDS} onChange={(kind) => update({ kind })} readOnly={readOnly} />
        </>
      }
    >
      <div className="card-grid card-grid--2">
        <TextField
          className="card-grid__wide field--title"
          label={customer.kind === 'segment' ? 'Segment' : 'Account'}
          ariaLabel={`${customer.kind === 'segment' ? 'Segment' : 'Account'} name, ${label}`}
          name="name"
          autoFocusTarget
          placeholder={customer.kind === 'segment' ? 'e.g. Regional logistics firms, 50–500 vehicles' : 'e.g. Nordhavn Freight'}
          value={customer.name}
          onCommit={(name) => update({ name })}
          readOnly={readOnly}
        />
        <TextField
          className="card-grid__wide"
          label="Why they are valuable"
          ariaLabel={`Why ${label} is valuable`}
          name="whyValuable"
          multiline
          placeholder="e.g. highest win rate, fastest onboarding, room to expand"
          value={customer.whyValuable}
          onCommit={(whyValuable) => update({ whyValuable })}
          readOnly={readOnly}
        />
        <TextField
          label={`What ${marketing} does`}
          ariaLabel={`What ${marketing} does for ${label}`}
          name="marketingDoes"
          multiline
          value={customer.marketingDoes}
          onCommit={(marketingDoes) => update({ marketingDoes })}
          readOnly={readOnly}
        />
        <TextField
          label={`What ${sales} does`}
          ariaLabel={`What ${sales} does for ${label}`}
          name="salesDoes"
          multiline
          value={customer.salesDoes}
          onCommit={(salesDoes) => update({ salesDoes })}
          readOnly={readOnly}
        />
      </div>
    </ItemCard>
  );
});
