/**
 * The one rendering of the charter: the whole document for the printer, or one section as a
 * page for the review on the console and the projector. Semantic HTML throughout (headings the
 * PDF's bookmarks and tags are built from, real tables); every text a person typed is React
 * text with dir="auto", so it shows literally and reads in its own direction.
 */
import { Fragment, useId, type ReactNode } from 'react';
import type {
  ActionsSection,
  BestCustomersSection,
  BuyingProcessSection,
  CharterModel,
  CharterSection,
  CharterSectionId,
  CoverSection,
  GoalsSection,
  HandoffSection,
  LabelledText,
  LeadDefinitionView,
  Listing,
  PulseSection,
  ResponsibilitiesSection,
  RhythmSection,
  SignaturesSection,
  SummarySection,
  TeamRef,
} from '../../domain/charterModel';
import { RACI_ROLE_LABELS } from '../../domain/labels';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { CharterPulseChart } from './CharterPulseChart';
import { CharterSwimlanes } from './CharterSwimlanes';
import './charterFonts.css';
import './charter.css';

export interface CharterDocumentProps {
  model: CharterModel;
  /** `print`: every section, each from a new page. `screen`: one section shown as a page. */
  mode: 'print' | 'screen';
  /** The section a screen shows (the cover when not given); print ignores it. */
  sectionId?: CharterSectionId;
  /** Screen only: `projector` sets the type for a room reading from the back (body ≥ 28 px at 1080p). */
  variant?: 'page' | 'projector';
}

export function CharterDocument({ model, mode, sectionId, variant = 'page' }: CharterDocumentProps) {
  const sections = mode === 'print' ? model.sections : model.sections.filter((s) => s.id === (sectionId ?? 'cover'));
  const className = mode === 'print' ? `charter charter--print charter--${model.paperSize}` : `charter charter--screen charter--${variant}`;
  return (
    <article className={className} lang={model.lang} data-testid="charter-document" data-paper={model.paperSize}>
      {sections.map((section) => (
        <SectionView key={section.id} section={section} model={model} />
      ))}
    </article>
  );
}

function SectionView({ section, model }: { section: CharterSection; model: CharterModel }) {
  const headingId = useId();
  const teams = model.teams;
  let body: ReactNode;
  switch (section.id) {
    case 'cover':
      return <Cover section={section} headingId={headingId} teams={teams} />;
    case 'summary':
      body = <Summary section={section} teams={teams} />;
      break;
    case 'buyingProcess':
      body = <BuyingProcess section={section} />;
      break;
    case 'responsibilities':
      body = <Responsibilities section={section} teams={teams} />;
      break;
    case 'handoff':
      body = <Handoffs section={section} />;
      break;
    case 'bestCustomers':
      body = <BestCustomers section={section} />;
      break;
    case 'goals':
      body = <Goals section={section} />;
      break;
    case 'rhythm':
      body = <Rhythm section={section} />;
      break;
    case 'actions':
      body = <Actions section={section} />;
      break;
    case 'pulse':
      body = <Pulse section={section} teams={teams} />;
      break;
    case 'signatures':
      body = <Signatures section={section} teams={teams} />;
      break;
  }
  return (
    <section className={`charter-section charter-section--${section.id}`} aria-labelledby={headingId} data-section={section.id}>
      <h2 id={headingId} className="charter-section__title">
        {section.title}
      </h2>
      {body}
    </section>
  );
}

// ---------------------------------------------------------------- building blocks

/**
 * User text: shown as typed, in its own direction; line breaks kept. Sentences the charter
 * composes around user text (routes, leads, warnings) stay in the document's direction instead.
 */
function U({ children, as: Tag = 'span', className }: { children: string; as?: 'span' | 'p' | 'dd' | 'li' | 'strong'; className?: string }) {
  return (
    <Tag dir="auto" className={className ? `charter__user ${className}` : 'charter__user'}>
      {children}
    </Tag>
  );
}

function Empty({ children }: { children: string }) {
  return <p className="charter__empty">{children}</p>;
}

/** A listing, or the sentence that says it is empty. */
function Listed<T>({ listing, children }: { listing: Listing<T>; children: (items: T[]) => ReactNode }) {
  return listing.items.length === 0 ? <Empty>{listing.empty}</Empty> : <>{children(listing.items)}</>;
}

function TeamMark({ team, teams }: { team: TeamRef | null; teams: readonly Team[] }) {
  if (!team) return null;
  const full = teams.find((t) => t.id === team.id);
  return (
    <span className="charter-team" style={full ? teamStyle(teamSlot(full, teams)) : undefined}>
      <span className="charter-team__initial" aria-hidden="true">
        {teamInitials(team.name)}
      </span>
      <U className="charter-team__name">{team.name}</U>
    </span>
  );
}

function Fields({ fields }: { fields: LabelledText[] }) {
  if (fields.length === 0) return null;
  return (
    <dl className="charter-fields">
      {fields.map((field) => (
        <div key={field.label} className="charter-fields__row">
          <dt>{field.label}</dt>
          <U as="dd">{field.text}</U>
        </div>
      ))}
    </dl>
  );
}

/** A table of user text: a header row that repeats on every printed page, rows that never split. */
function Table<T>({ caption, columns, widths, rows, cells }: { caption: string; columns: string[]; widths: string[]; rows: T[]; cells: (row: T) => ReactNode[] }) {
  return (
    <table className="charter-table">
      <caption className="visually-hidden">{caption}</caption>
      <Columns widths={widths} />
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {cells(row).map((cell, column) => (
              <td key={column} dir="auto">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Fixed column widths: a table of any text keeps its shape, and long words wrap inside their column. */
function Columns({ widths }: { widths: string[] }) {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width }} />
      ))}
    </colgroup>
  );
}

function LeadDefinition({ definition, route }: { definition: LeadDefinitionView; route?: string }) {
  return (
    <div className="charter-definition">
      <h4 className="charter-definition__title">
        {definition.shortName && <U className="charter-definition__short">{definition.shortName}</U>}
        <U className="charter-definition__name">{definition.name}</U>
      </h4>
      {route && <p className="charter-definition__route">{route}</p>}
      <Listed listing={definition.criteria}>
        {(criteria) => (
          <ul className="charter-definition__criteria">
            {criteria.map((criterion, index) => (
              <U key={index} as="li">
                {criterion}
              </U>
            ))}
          </ul>
        )}
      </Listed>
    </div>
  );
}

// ---------------------------------------------------------------- sections

function Cover({ section, headingId, teams }: { section: CoverSection; headingId: string; teams: readonly Team[] }) {
  return (
    <section className="charter-section charter-section--cover charter-cover" aria-labelledby={headingId} data-section="cover">
      <div className="charter-cover__top">
        <p className="charter-cover__kicker">{section.kicker}</p>
        {section.company && <U as="p" className="charter-cover__company">{section.company}</U>}
        <h1 id={headingId} className="charter-cover__title" dir="auto">
          {section.documentTitle}
        </h1>
        <dl className="charter-cover__details">
          {section.details.map((detail) => (
            <div key={detail.label}>
              <dt>{detail.label}</dt>
              <U as="dd">{detail.text}</U>
            </div>
          ))}
        </dl>
      </div>
      <div className="charter-cover__people">
        <h3 className="charter-cover__heading">Executive sponsors</h3>
        <Listed listing={section.sponsors}>
          {(sponsors) => (
            <ul className="charter-cover__sponsors">
              {sponsors.map((sponsor, index) => (
                <li key={index}>
                  <U className="charter-person__name">{sponsor.name}</U>
                  {sponsor.detail && <U className="charter-person__detail">{sponsor.detail}</U>}
                </li>
              ))}
            </ul>
          )}
        </Listed>
        <h3 className="charter-cover__heading">Participants</h3>
        <Listed listing={section.participantsByTeam}>
          {(groups) => (
            <div className="charter-cover__teams">
              {groups.map((group) => (
                <div key={group.team.id || 'none'} className="charter-cover__team">
                  <p className="charter-cover__team-name">
                    <TeamMark team={group.team} teams={teams} />
                  </p>
                  <ul className="charter-cover__participants">
                    {group.participants.map((person, index) => (
                      <li key={index}>
                        <U className="charter-person__name">{person.name}</U>
                        {person.detail && <U className="charter-person__detail">{person.detail}</U>}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          )}
        </Listed>
      </div>
      <p className="charter-cover__version">{section.versionLine}</p>
    </section>
  );
}

function Summary({ section, teams }: { section: SummarySection; teams: readonly Team[] }) {
  return (
    <>
      <h3 className="charter-subtitle">Who does what, stage by stage</h3>
      <CharterSwimlanes swimlanes={section.swimlanes} teams={teams} />
      <h3 className="charter-subtitle">Lead definitions</h3>
      <Listed listing={section.leadDefinitions}>
        {(definitions) => (
          <div className="charter-summary__definitions">
            {definitions.map((definition, index) => (
              <LeadDefinition key={index} definition={definition} route={definition.route} />
            ))}
          </div>
        )}
      </Listed>
      <h3 className="charter-subtitle">Shared goals</h3>
      <Listed listing={section.sharedGoals}>
        {(goals) => (
          <ul className="charter-summary__goals">
            {goals.map((goal, index) => (
              <li key={index}>
                <U as="strong">{goal.name}</U>
                <span className="charter-summary__goal-meta">
                  <U>{goal.target}</U> · {goal.owners}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Listed>
      {section.moreGoals && <p className="charter__note">{section.moreGoals}</p>}
    </>
  );
}

function BuyingProcess({ section }: { section: BuyingProcessSection }) {
  return (
    <Listed listing={section.stages}>
      {(stages) => (
        <ol className="charter-stages">
          {stages.map((stage) => (
            <li key={stage.number} className="charter-stage">
              <h3 className="charter-stage__title">
                <span className="charter-stage__number">{stage.number}</span>
                <U>{stage.name}</U>
              </h3>
              <p className="charter-stage__lead">{stage.lead}</p>
              <Listed listing={stage.fields}>{(fields) => <Fields fields={fields} />}</Listed>
            </li>
          ))}
        </ol>
      )}
    </Listed>
  );
}

function Responsibilities({ section, teams }: { section: ResponsibilitiesSection; teams: readonly Team[] }) {
  return (
    <>
      <p className="charter-legend">
        {section.legend.map((entry) => (
          <span key={entry.label} className="charter-legend__item">
            <abbr className={`charter-role charter-role--${entry.label}`} title={entry.text}>
              {entry.label}
            </abbr>{' '}
            {entry.text}
          </span>
        ))}
      </p>
      <Listed listing={section.stages}>
        {(stages) => (
          <table className="charter-table charter-matrix">
            <caption className="visually-hidden">Responsibilities: activities by team, with role letters</caption>
            <Columns widths={['40%', ...section.teams.map(() => `${60 / section.teams.length}%`)]} />
            <thead>
              <tr>
                <th scope="col">Activity</th>
                {section.teams.map((team) => (
                  <th key={team.id} scope="col" className="charter-matrix__team">
                    <TeamMark team={team} teams={teams} />
                  </th>
                ))}
              </tr>
            </thead>
            {stages.map((stage) => (
              <tbody key={stage.number} className="charter-matrix__stage">
                <tr className="charter-matrix__stage-row">
                  <th scope="rowgroup" colSpan={section.teams.length + 1}>
                    <span className="charter-stage__number">{stage.number}</span> <U>{stage.name}</U> <span className="charter-matrix__lead">{stage.lead}</span>
                  </th>
                </tr>
                {stage.activities.items.length === 0 ? (
                  <tr>
                    <td colSpan={section.teams.length + 1} className="charter__empty">
                      {stage.activities.empty}
                    </td>
                  </tr>
                ) : (
                  stage.activities.items.map((activity, index) => (
                    <tr key={index}>
                      <th scope="row" className="charter-matrix__activity" dir="auto">
                        <U className="charter-matrix__activity-name">{activity.name}</U>
                        {activity.description && <U className="charter-matrix__description">{activity.description}</U>}
                      </th>
                      {activity.roles.map((roles, column) => (
                        <td key={column} className="charter-matrix__roles">
                          {roles.map((role) => (
                            <abbr key={role} className={`charter-role charter-role--${role}`} title={RACI_ROLE_LABELS[role]}>
                              {role}
                            </abbr>
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))
                )}
              </tbody>
            ))}
          </table>
        )}
      </Listed>
    </>
  );
}

function Handoffs({ section }: { section: HandoffSection }) {
  return (
    <Listed listing={section.handoffs}>
      {(handoffs) =>
        handoffs.map((h, index) => (
          <div key={index} className="charter-handoff">
            <h3 className="charter-subtitle" dir="auto">
              {h.heading}
            </h3>
            <p className="charter-handoff__route">{h.route}</p>
            <h4 className="charter-minor">Lead definitions</h4>
            <Listed listing={h.leadDefinitions}>
              {(definitions) => (
                <div className="charter-summary__definitions">
                  {definitions.map((definition, i) => (
                    <LeadDefinition key={i} definition={definition} />
                  ))}
                </div>
              )}
            </Listed>
            <h4 className="charter-minor">Commitments</h4>
            <Listed listing={h.commitments}>
              {(commitments) => (
                <ul className="charter-list">
                  {commitments.map((c, i) => (
                    <U key={i} as="li">
                      {c}
                    </U>
                  ))}
                </ul>
              )}
            </Listed>
            <h4 className="charter-minor">Reasons sales may reject a lead</h4>
            <Listed listing={h.rejectionReasons}>
              {(reasons) => (
                <ul className="charter-list">
                  {reasons.map((r, i) => (
                    <U key={i} as="li">
                      {r}
                    </U>
                  ))}
                </ul>
              )}
            </Listed>
            <Fields fields={h.details} />
          </div>
        ))
      }
    </Listed>
  );
}

function BestCustomers({ section }: { section: BestCustomersSection }) {
  return (
    <Listed listing={section.customers}>
      {(customers) => (
        <Table
          caption="Best customers"
          columns={['Customer', 'Why they matter', 'Marketing does', 'Sales does']} widths={['22%', '28%', '25%', '25%']}
          rows={customers}
          cells={(c) => [
            <Fragment key="name">
              <U as="strong">{c.name}</U>
              <span className="charter__meta">{c.kind}</span>
            </Fragment>,
            c.whyValuable,
            c.marketingDoes,
            c.salesDoes,
          ]}
        />
      )}
    </Listed>
  );
}

function Goals({ section }: { section: GoalsSection }) {
  const columns = ['Goal', 'Definition', 'Owners', 'Target', 'Review'];
  return (
    <>
      <h3 className="charter-subtitle">Shared goals</h3>
      <Listed listing={section.sharedGoals}>
        {(goals) => <Table caption="Shared goals" columns={columns} widths={['20%', '34%', '16%', '16%', '14%']} rows={goals} cells={(g) => [<U key="n" as="strong">{g.name}</U>, g.definition, g.owners, g.target, g.reviewCadence]} />}
      </Listed>
      <h3 className="charter-subtitle">Team metrics</h3>
      <Listed listing={section.teamMetrics}>
        {(metrics) => <Table caption="Team metrics" columns={['Metric', 'Definition', 'Team', 'Target', 'Review']} widths={['20%', '34%', '16%', '16%', '14%']} rows={metrics} cells={(g) => [<U key="n" as="strong">{g.name}</U>, g.definition, g.owners, g.target, g.reviewCadence]} />}
      </Listed>
      <h3 className="charter-subtitle">Incentives</h3>
      <Listed listing={section.incentives}>
        {(incentives) => <Table caption="Incentives" columns={['Kind', 'Incentive', 'Teams']} widths={['14%', '62%', '24%']} rows={incentives} cells={(i) => [i.kind, i.description, i.teams]} />}
      </Listed>
    </>
  );
}

function Rhythm({ section }: { section: RhythmSection }) {
  return (
    <>
      <h3 className="charter-subtitle">Executive sponsors</h3>
      <Listed listing={section.sponsors}>
        {(sponsors) => (
          <ul className="charter-list">
            {sponsors.map((s, i) => (
              <li key={i}>
                <U as="strong">{s.name}</U>
                {s.detail && (
                  <>
                    {' '}
                    <U className="charter__meta">{s.detail}</U>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Listed>
      <h3 className="charter-subtitle">Joint meetings</h3>
      <Listed listing={section.meetings}>
        {(meetings) => <Table caption="Joint meetings" columns={['Meeting', 'Cadence', 'Attendees', 'Purpose']} widths={['20%', '18%', '27%', '35%']} rows={meetings} cells={(m) => [<U key="n" as="strong">{m.name}</U>, m.cadence, m.attendees, m.purpose]} />}
      </Listed>
      <h3 className="charter-subtitle">Customer-insight loops</h3>
      <Listed listing={section.insightLoops}>
        {(loops) => <Table caption="Customer-insight loops" columns={['Information', 'From → to', 'System', 'How often']} widths={['34%', '22%', '24%', '20%']} rows={loops} cells={(l) => [l.information, l.route, l.system, l.frequency]} />}
      </Listed>
      <h3 className="charter-subtitle">Rotations, ride-alongs and co-location</h3>
      <Listed listing={section.rotations}>
        {(rotations) => <Table caption="Rotations" columns={['Kind', 'What', 'Who', 'When']} widths={['16%', '44%', '20%', '20%']} rows={rotations} cells={(r) => [r.kind, r.description, r.who, r.when]} />}
      </Listed>
      <h3 className="charter-subtitle">Glossary</h3>
      <Listed listing={section.glossary}>
        {(entries) => <Table caption="Glossary" columns={['Term', 'Meaning']} widths={['28%', '72%']} rows={entries} cells={(e) => [<U key="t" as="strong">{e.term}</U>, e.definition]} />}
      </Listed>
    </>
  );
}

function Actions({ section }: { section: ActionsSection }) {
  return (
    <>
      <h3 className="charter-subtitle">Actions</h3>
      <Listed listing={section.actions}>
        {(actions) => <Table caption="Actions" columns={['Action', 'Owner', 'Due', 'Status']} widths={['46%', '26%', '14%', '14%']} rows={actions} cells={(a) => [<U key="t" as="strong">{a.title}</U>, a.owner, a.due, a.status]} />}
      </Listed>
      <h3 className="charter-subtitle">Parking lot</h3>
      <Listed listing={section.parkingLot}>
        {(topics) => <Table caption="Parking lot" columns={['Topic', 'Raised in']} widths={['80%', '20%']} rows={topics} cells={(t) => [t.text, t.raisedIn]} />}
      </Listed>
      <h3 className="charter-subtitle">Decisions</h3>
      <Listed listing={section.decisions}>
        {(decisions) => (
          <Table
            caption="Decisions"
            columns={['Decision', 'How it was decided', 'Dissent', 'When']} widths={['36%', '24%', '24%', '16%']}
            rows={decisions}
            cells={(d) => [
              <U key="t" as="strong">{d.text}</U>,
              <Fragment key="m">
                {d.method}
                {d.result && (
                  <>
                    : <U>{d.result}</U>
                  </>
                )}
              </Fragment>,
              d.dissent || '—',
              d.decidedAt,
            ]}
          />
        )}
      </Listed>
    </>
  );
}

function Pulse({ section, teams }: { section: PulseSection; teams: readonly Team[] }) {
  return (
    <>
      <p className="charter__note">{section.intro}</p>
      {section.teams.length > 0 && (
        <p className="charter-legend">
          {section.teams.map((team) => (
            <TeamMark key={team.id} team={team} teams={teams} />
          ))}
        </p>
      )}
      <Listed listing={section.statements}>{(statements) => <CharterPulseChart statements={statements} teams={teams} />}</Listed>
    </>
  );
}

function Signatures({ section, teams }: { section: SignaturesSection; teams: readonly Team[] }) {
  return (
    <>
      {section.superseded && (
        <p className="charter-signoff__superseded" role="note">
          {section.superseded}
        </p>
      )}
      <p className={section.signoffStatus.final ? 'charter-status is-final' : 'charter-status'}>{section.signoffStatus.text}</p>
      <div className="charter-signoff__nature">
        <p>
          <strong>{section.nature}</strong>
        </p>
        <p>{section.binding}</p>
        <dl className="charter-signoff__ids">
          <div>
            <dt>Version</dt>
            <dd>{section.version}</dd>
          </div>
          <div>
            <dt>Fingerprint (SHA-256)</dt>
            <dd className="charter-signoff__fingerprint">{section.fingerprint}</dd>
          </div>
        </dl>
      </div>
      <Listed listing={section.signatures}>
        {(signatures) => (
          <ol className="charter-signatures">
            {signatures.map((s, index) => (
              <li key={index} className="charter-signature">
                <svg className="charter-signature__drawing" viewBox="0 0 1000 300" role="img" aria-label={`Drawn signature of ${s.typedName}`}>
                  <path d={s.strokesPath} className="charter-signature__strokes" />
                </svg>
                <p className="charter-signature__name">
                  <U as="strong">{s.typedName}</U>
                  {s.sponsor && <span className="charter-signature__sponsor">Executive sponsor</span>}
                </p>
                <p className="charter-signature__meta">
                  {s.participantName !== s.typedName && (
                    <>
                      <U>{s.participantName}</U> ·{' '}
                    </>
                  )}
                  <TeamMark team={s.team} teams={teams} />
                </p>
                <p className="charter-signature__meta">Signed {s.signedAt}</p>
                <U as="p" className="charter-signature__statement">{s.statement}</U>
              </li>
            ))}
          </ol>
        )}
      </Listed>
      <div className="charter-signoff__lists">
        <div>
          <h3 className="charter-subtitle">Not signed yet</h3>
          <People listing={section.notSigned} />
        </div>
        <div>
          <h3 className="charter-subtitle">Absent</h3>
          <People listing={section.absent} />
        </div>
      </div>
      <h3 className="charter-subtitle">Open points at signing</h3>
      <Listed listing={section.warnings}>
        {(warnings) => (
          <ul className="charter-warnings">
            {warnings.map((w, index) => (
              <li key={index} className={w.accepted ? 'charter-warning charter-warning--accepted' : 'charter-warning'}>
                {w.message} <span className="charter-warning__status">{w.status}</span>
              </li>
            ))}
          </ul>
        )}
      </Listed>
    </>
  );
}

function People({ listing }: { listing: Listing<{ name: string; detail: string }> }) {
  return (
    <Listed listing={listing}>
      {(people) => (
        <ul className="charter-list">
          {people.map((p, i) => (
            <li key={i}>
              <U>{p.name}</U> <U className="charter__meta">{p.detail}</U>
            </li>
          ))}
        </ul>
      )}
    </Listed>
  );
}
