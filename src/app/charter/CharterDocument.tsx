/**
 * The one rendering of the charter: the whole document for the printer, or one page of a
 * section for the review on the console and the projector. Both draw a section's flow
 * (charterFlow.ts): the printer all of it, the review the page the page split chose, so the
 * room reviews the same words, tables and pictures that are printed. Semantic HTML throughout
 * (headings the PDF's bookmarks and tags are built from, real tables); every text a person
 * typed is React text with dir="auto", so it shows literally and reads in its own direction.
 */
import { Fragment, useId, type ReactNode } from 'react';
import type {
  CharterModel,
  CharterSection,
  CharterSectionId,
  LeadDefinitionView,
  Listing,
  SummarySection,
  TeamRef,
} from '../../domain/charterModel';
import { RACI_ROLE_LABELS } from '../../domain/labels';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { HANDOFF_GROUPS, matrixWidths, PRINT_PULSE, SLIDE_PULSE, sectionFlow, slideWindowOptions, type Part, type TableSpec } from './charterFlow';
import { CharterPulseChart } from './CharterPulseChart';
import { CharterSwimlanes, HandoffLegend } from './CharterSwimlanes';
import { wholeFlow, type ItemRef, type PageEntry, type PagePart, type ReviewPage } from './reviewPages';
import { isTallBlock, isTallRow } from './tallRow';
import './charterFonts.css';
import './charter.css';

export interface CharterDocumentProps {
  model: CharterModel;
  /** `print`: every section, each from a new page. `screen`: one review page of one section, on the review's stage. */
  mode: 'print' | 'screen';
  /** The section a screen shows (the cover when not given); print ignores it. */
  sectionId?: CharterSectionId;
  /** Screen: the review page shown, as the page split cut the section; print ignores it. */
  page?: { page: ReviewPage; index: number; count: number };
}

export function CharterDocument({ model, mode, sectionId, page }: CharterDocumentProps) {
  if (mode === 'print') {
    return (
      <article className={`charter charter--print charter--${model.paperSize}`} lang={model.lang} data-testid="charter-document" data-paper={model.paperSize}>
        {model.sections.map((section) => {
          const flow = sectionFlow(section);
          return <SectionView key={section.id} section={section} model={model} parts={flow.parts} page={wholeFlow(flow)} slide={false} />;
        })}
      </article>
    );
  }
  const section = model.sections.find((s) => s.id === (sectionId ?? 'cover')) ?? model.sections[0]!;
  const flow = sectionFlow(section);
  const shown = page ?? { page: wholeFlow(flow), index: 0, count: 1 };
  return (
    <article className="charter charter--screen charter--slide" lang={model.lang} data-testid="charter-document" data-paper={model.paperSize} data-section={section.id} data-page={shown.index}>
      <SectionView section={section} model={model} parts={flow.parts} page={shown.page} slide position={{ index: shown.index, count: shown.count }} />
    </article>
  );
}

/** What a section's parts render with: the page's entries, and whether this is the review's stage. */
interface PartProps<S extends CharterSection = CharterSection> {
  section: S;
  part: Part;
  shown: PagePart;
  teams: readonly Team[];
  slide: boolean;
}

function SectionView({
  section,
  model,
  parts,
  page,
  slide,
  position,
}: {
  section: CharterSection;
  model: CharterModel;
  parts: Part[];
  page: ReviewPage;
  slide: boolean;
  position?: { index: number; count: number };
}) {
  const headingId = useId();
  const byId = new Map(parts.map((p) => [p.id, p]));
  const shownParts = page.parts.filter((p) => byId.has(p.id));
  const render = (shown: PagePart) => <PartView key={shown.id} section={section} part={byId.get(shown.id)!} shown={shown} teams={model.teams} slide={slide} />;
  const body = section.id === 'signatures' ? <SignaturesBody parts={shownParts} render={render} /> : shownParts.map(render);
  const isCover = section.id === 'cover';
  const className = isCover ? 'charter-section charter-section--cover charter-cover' : `charter-section charter-section--${section.id}`;
  return (
    <section className={className} aria-labelledby={headingId} data-section={section.id}>
      {slide ? (
        <header className="charter-slide__head">
          <h2 id={headingId} className="charter-section__title">
            {section.title}
          </h2>
          {position && position.count > 1 && (
            <p className="charter-slide__page" data-testid="charter-page-number">
              page {(position.index + 1).toLocaleString('en-GB')} of {position.count.toLocaleString('en-GB')}
            </p>
          )}
        </header>
      ) : isCover ? null : (
        <h2 id={headingId} className="charter-section__title">
          {section.title}
        </h2>
      )}
      {isCover && !slide ? <CoverBody section={section} parts={shownParts} render={render} headingId={headingId} /> : body}
    </section>
  );
}

function CoverBody({ section, parts, render, headingId }: { section: Extract<CharterSection, { id: 'cover' }>; parts: PagePart[]; render: (p: PagePart) => ReactNode; headingId: string }) {
  const top = parts.find((p) => p.id === 'cover.top');
  const people = parts.filter((p) => p.id === 'cover.sponsors' || p.id === 'cover.participants');
  const version = parts.find((p) => p.id === 'cover.version');
  return (
    <>
      {top && <CoverTop section={section} headingId={headingId} />}
      {people.length > 0 && <div className="charter-cover__people">{people.map(render)}</div>}
      {version && render(version)}
    </>
  );
}

/** Not signed yet and Absent sit side by side in print (two columns); the stage shows them one after the other. */
function SignaturesBody({ parts, render }: { parts: PagePart[]; render: (p: PagePart) => ReactNode }) {
  const lists = parts.filter((p) => p.id === 'signatures.notSigned' || p.id === 'signatures.absent');
  const out: ReactNode[] = [];
  let listsPlaced = false;
  for (const part of parts) {
    if (lists.includes(part)) {
      if (!listsPlaced) out.push(<div key="lists" className="charter-signoff__lists">{lists.map(render)}</div>);
      listsPlaced = true;
    } else out.push(render(part));
  }
  return <>{out}</>;
}

// ---------------------------------------------------------------- building blocks

/**
 * User text: shown as typed, in its own direction; line breaks kept. Sentences the charter
 * composes around user text (routes, leads, warnings) stay in the document's direction instead.
 */
function U({ children, as: Tag = 'span', className }: { children: string; as?: 'span' | 'p' | 'dd' | 'li' | 'strong' | 'div'; className?: string }) {
  return (
    <Tag dir="auto" className={className ? `charter__user ${className}` : 'charter__user'}>
      {children}
    </Tag>
  );
}

/** The part of a text an entry shows: all of it, unless the entry is a piece of an item split across pages (null: none of it here). */
function textOf(entry: PageEntry, key: string, text: string): string | null {
  if (!entry.texts) return text;
  const range = entry.texts[key];
  if (range === undefined) return text;
  return range === null ? null : text.slice(range.start, range.end).trim();
}

function Empty({ children }: { children: string }) {
  return <p className="charter__empty">{children}</p>;
}

function Continued() {
  return <span className="charter-continued"> (continued)</span>;
}

function Subtitle({ title, continued, dir }: { title: string; continued: boolean; dir?: 'auto' }) {
  return (
    <h3 className="charter-subtitle" dir={dir}>
      {title}
      {continued && <Continued />}
    </h3>
  );
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

/** Fixed column widths: a table of any text keeps its shape, and long words wrap inside their column. */
function Columns({ widths }: { widths: number[] }) {
  return (
    <colgroup>
      {widths.map((width, index) => (
        <col key={index} style={{ width: `${(width * 100).toFixed(3)}%` }} />
      ))}
    </colgroup>
  );
}

/** A table of user text: a header row that repeats on every printed page (and review page), rows that never split across a page. */
function SpecTable({ spec, entries }: { spec: TableSpec; entries: PageEntry[] }) {
  return (
    <table className="charter-table">
      <caption className="visually-hidden">{spec.caption}</caption>
      <Columns widths={spec.widths} />
      <thead>
        <tr>
          {spec.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const index = entry.item;
          const cells = spec.cells(index);
          const tall = isTallRow(cells.map((cell, column) => ({ texts: cell.map((t) => t.text), share: spec.widths[column]! })));
          return (
            <tr key={`${index}-${entry.continued ? 'c' : ''}${entry.texts ? Object.values(entry.texts).map((r) => r?.start ?? '-').join(',') : ''}`} data-continued={entry.continued || undefined} data-tall={tall || undefined}>
              {cells.map((cell, column) => (
                <td key={column} dir="auto">
                  {cell.map((t) => {
                    const text = textOf(entry, t.key, t.text);
                    if (text === null) return null;
                    if (t.meta) return <span key={t.key} className="charter__meta">{text}</span>;
                    if (t.bold) return <U key={t.key} as="strong">{text}</U>;
                    return <Fragment key={t.key}>{text}</Fragment>;
                  })}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LeadDefinition({ definition, route, entry, keyPrefix }: { definition: LeadDefinitionView; route?: string; entry: PageEntry; keyPrefix: string }) {
  const title = textOf(entry, `${keyPrefix}.title`, 'title');
  const routeText = route ? textOf(entry, `${keyPrefix}.route`, route) : null;
  const none = textOf(entry, `${keyPrefix}.none`, definition.criteria.empty);
  return (
    <div className="charter-definition">
      {title !== null && (
        <h4 className="charter-definition__title">
          {definition.shortName && <U className="charter-definition__short">{definition.shortName}</U>}
          <U className="charter-definition__name">{definition.name}</U>
          {entry.continued && <Continued />}
        </h4>
      )}
      {routeText && <p className="charter-definition__route">{routeText}</p>}
      {definition.criteria.items.length === 0 ? (
        none !== null && <p className="charter__empty">{definition.criteria.empty}</p>
      ) : (
        <ul className="charter-definition__criteria">
          {definition.criteria.items.map((criterion, index) => {
            const text = textOf(entry, `${keyPrefix}.c${index}`, criterion);
            return text === null ? null : (
              <U key={index} as="li">
                {text}
              </U>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** A field (label and text) in a definition list. */
function Field({ field, entry }: { field: { label: string; text: string }; entry: PageEntry }) {
  const label = textOf(entry, 'label', field.label);
  const text = textOf(entry, 'text', field.text);
  return (
    <div className="charter-fields__row">
      <dt>{label ?? ''}</dt>
      <U as="dd">{text ?? ''}</U>
    </div>
  );
}

/** Entries grouped under their group heads, in order: a group's head entry (or its repeat) and its members on this page. */
function byGroup(part: Part, entries: PageEntry[]): { head: number | null; repeated: boolean; members: PageEntry[] }[] {
  const groups: { head: number | null; repeated: boolean; members: PageEntry[] }[] = [];
  for (const entry of entries) {
    const item = part.items[entry.item]!;
    if (item.groupHead) groups.push({ head: entry.item, repeated: Boolean(entry.repeated), members: [] });
    else {
      if (groups.length === 0) groups.push({ head: null, repeated: false, members: [] });
      groups.at(-1)!.members.push(entry);
    }
  }
  return groups;
}

const refOf = (part: Part, entry: PageEntry): ItemRef => part.items[entry.item]!.ref;
const cardsOf = (part: Part, entries: PageEntry[]) =>
  entries.flatMap((entry) => {
    const ref = refOf(part, entry);
    return ref.kind === 'cards' ? Array.from({ length: ref.to - ref.from }, (_, i) => ({ index: ref.from + i, entry })) : [];
  });

// ---------------------------------------------------------------- parts

function PartView(props: PartProps) {
  const { part } = props;
  return (
    <div className="charter-part" data-part={part.id}>
      <PartBody {...props} />
    </div>
  );
}

function PartBody(props: PartProps) {
  const { section, part, shown, teams, slide } = props;
  const { entries, continued } = shown;
  const isEmpty = part.items.length === 1 && part.items[0]!.ref.kind === 'empty';
  // A part whose head does not repeat (the swimlanes: the picture heads each page) shows its title where it starts only.
  const titled = part.title && !part.id.startsWith('handoff.') && part.id !== 'cover.sponsors' && part.id !== 'cover.participants' && !(continued && part.repeatHead === 0);
  const title = titled ? <Subtitle title={part.title!} continued={continued} /> : null;
  const lead = part.lead && !continued ? <p className="charter-since__sentence">{part.lead}</p> : null;
  if (isEmpty) {
    const measured = part.measure(part.items[0]!);
    const text = measured.columns[0]?.[0]?.text ?? '';
    return (
      <>
        {part.id === 'cover.sponsors' || part.id === 'cover.participants' ? <h3 className="charter-cover__heading">{part.title}</h3> : title}
        {lead}
        <Empty>{text}</Empty>
      </>
    );
  }
  if (part.table) {
    return (
      <>
        {title}
        {lead}
        <SpecTable spec={part.table} entries={entries} />
      </>
    );
  }
  switch (section.id) {
    case 'cover':
      return <CoverPart {...props} section={section} />;
    case 'summary':
      return <SummaryPart {...props} section={section} title={title} />;
    case 'sinceLastTime': {
      // The look back's opening sentence (its tables render above).
      const sentence = part.measure(part.items[0]!).columns[0]?.[0]?.text ?? '';
      const shownSentence = entries[0] ? textOf(entries[0], 'text', sentence) : null;
      return (
        <>
          {title}
          {shownSentence !== null && <p className="charter-since__sentence">{shownSentence}</p>}
        </>
      );
    }
    case 'buyingProcess':
      return <BuyingProcessPart {...props} section={section} />;
    case 'responsibilities':
      return <ResponsibilitiesPart {...props} section={section} />;
    case 'handoff':
      return <HandoffPart {...props} section={section} />;
    case 'rhythm':
      return <PeopleList people={section.sponsors} entries={entries} title={title} listClass="charter-list charter-people" part={part} strongName />;
    case 'pulse':
      if (part.id === 'pulse.intro') {
        const entry = entries[0]!;
        const intro = textOf(entry, 'intro', section.intro);
        return (
          <>
            {intro !== null && <p className="charter__note">{intro}</p>}
            {section.teams.length > 0 && (
              <p className="charter-legend">
                {section.teams.map((team) => (
                  <TeamMark key={team.id} team={team} teams={teams} />
                ))}
              </p>
            )}
          </>
        );
      }
      return <CharterPulseChart statements={entries.map((e) => section.statements.items[e.item]!)} teams={teams} geometry={slide ? SLIDE_PULSE : PRINT_PULSE} />;
    case 'signatures':
      return <SignaturesPart {...props} section={section} title={title} />;
    default:
      return null;
  }
}

function CoverTop({ section, headingId, slide = false }: { section: Extract<CharterSection, { id: 'cover' }>; headingId?: string; slide?: boolean }) {
  const Title = slide ? 'p' : 'h1';
  return (
    <div className="charter-cover__top">
      <p className="charter-cover__kicker">{section.kicker}</p>
      {section.company && (
        <U as="p" className="charter-cover__company">
          {section.company}
        </U>
      )}
      <Title id={headingId} className="charter-cover__title" dir="auto">
        {section.documentTitle}
      </Title>
      <dl className="charter-cover__details">
        {section.details.map((detail) => (
          <div key={detail.label}>
            <dt>{detail.label}</dt>
            <U as="dd">{detail.text}</U>
          </div>
        ))}
      </dl>
    </div>
  );
}

function CoverPart({ section, part, shown, teams, slide }: PartProps<Extract<CharterSection, { id: 'cover' }>>) {
  const { entries, continued } = shown;
  switch (part.id) {
    case 'cover.top':
      return slide ? <CoverTop section={section} slide /> : null;
    case 'cover.version': {
      const text = textOf(entries[0]!, 'text', section.versionLine);
      return text === null ? null : <p className="charter-cover__version">{text}</p>;
    }
    case 'cover.sponsors':
      return (
        <>
          <h3 className="charter-cover__heading">
            Executive sponsors
            {continued && <Continued />}
          </h3>
          <ul className="charter-cover__sponsors charter-people">
            {cardsOf(part, entries).map(({ index, entry }) => {
              const sponsor = section.sponsors.items[index]!;
              return <Person key={index} person={sponsor} entry={entry} keyName={`p${index}`} />;
            })}
          </ul>
        </>
      );
    case 'cover.participants': {
      const groups = byGroup(part, entries);
      return (
        <>
          <h3 className="charter-cover__heading">
            Participants
            {continued && <Continued />}
          </h3>
          <div className="charter-cover__teams">
            {groups.map((group, g) => {
              const groupIndex = group.head !== null ? (refOf(part, { item: group.head }) as { index: number }).index : (refOf(part, group.members[0]!) as { group: number }).group;
              const team = section.participantsByTeam.items[groupIndex]!;
              return (
                <div key={g} className="charter-cover__team">
                  <p className="charter-cover__team-name">
                    <TeamMark team={team.team} teams={teams} />
                    {group.repeated && <Continued />}
                  </p>
                  <ul className="charter-cover__participants charter-people">
                    {cardsOf(part, group.members).map(({ index, entry }) => (
                      <Person key={index} person={team.participants[index]!} entry={entry} keyName={`p${index}`} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </>
      );
    }
    default:
      return null;
  }
}

function Person({ person, entry, keyName, strongName = false }: { person: { name: string; detail: string }; entry: PageEntry; keyName: string; strongName?: boolean }) {
  // Name and detail are measured as one text: a split shows the name on the page where its line is.
  const shown = textOf(entry, keyName, `${person.name}  ${person.detail}`);
  if (shown === null) return null;
  return (
    <li>
      {strongName ? <U as="strong">{person.name}</U> : <U className="charter-person__name">{person.name}</U>}
      {person.detail && (
        <>
          {' '}
          <U className={strongName ? 'charter__meta charter-person__detail' : 'charter-person__detail'}>{person.detail}</U>
        </>
      )}
    </li>
  );
}

function PeopleList({ people, entries, title, listClass, part, strongName = false }: { people: Listing<{ name: string; detail: string }>; entries: PageEntry[]; title: ReactNode; listClass: string; part: Part; strongName?: boolean }) {
  return (
    <>
      {title}
      <ul className={listClass}>
        {cardsOf(part, entries).map(({ index, entry }) => (
          <Person key={index} person={people.items[index]!} entry={entry} keyName={`p${index}`} strongName={strongName} />
        ))}
      </ul>
    </>
  );
}

function SummaryPart({ section, part, shown, teams, slide, title }: PartProps<SummarySection> & { title: ReactNode }) {
  const { entries } = shown;
  switch (part.id) {
    case 'summary.swimlanes':
      return (
        <>
          {title}
          {slide ? (
            entries.map((entry) => {
              const ref = refOf(part, entry) as Extract<ItemRef, { kind: 'lanes' }>;
              return <CharterSwimlanes key={entry.item} swimlanes={section.swimlanes} teams={teams} options={slideWindowOptions(section.swimlanes, ref.stages, ref.lanes)} legend={false} />;
            })
          ) : (
            <CharterSwimlanes swimlanes={section.swimlanes} teams={teams} />
          )}
        </>
      );
    case 'summary.handoffs':
      // In print the picture carries them in its caption.
      return slide ? <HandoffLegend handoffs={entries.map((e) => section.swimlanes.handoffs[e.item]!)} /> : null;
    case 'summary.definitions':
      return (
        <>
          {title}
          <div className="charter-summary__definitions">
            {cardsOf(part, entries).map(({ index, entry }) => {
              const definition = section.leadDefinitions.items[index]!;
              return <LeadDefinition key={index} definition={definition} route={definition.route} entry={entry} keyPrefix={`d${index}`} />;
            })}
          </div>
        </>
      );
    case 'summary.goals': {
      const more = entries.some((e) => refOf(part, e).kind === 'block');
      const cards = cardsOf(part, entries);
      return (
        <>
          {title}
          {cards.length > 0 && (
            <ul className="charter-summary__goals">
              {cards.map(({ index, entry }) => {
                const goal = section.sharedGoals.items[index]!;
                const name = textOf(entry, `g${index}.name`, goal.name);
                return (
                  <li key={index}>
                    {name !== null && <U as="strong">{name}</U>}
                    {textOf(entry, `g${index}.meta`, 'meta') !== null && (
                      <span className="charter-summary__goal-meta">
                        <U>{goal.target}</U> · {goal.owners}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {more && section.moreGoals && <p className="charter__note">{section.moreGoals}</p>}
        </>
      );
    }
    default:
      return null;
  }
}

function BuyingProcessPart({ section, part, shown }: PartProps<Extract<CharterSection, { id: 'buyingProcess' }>>) {
  const groups = byGroup(part, shown.entries);
  return (
    <ol className="charter-stages">
      {groups.map((group) => {
        const stageIndex = group.head !== null ? (refOf(part, { item: group.head }) as { index: number }).index : (refOf(part, group.members[0]!) as { group: number }).group;
        const stage = section.stages.items[stageIndex]!;
        const fields = group.members.filter((m) => refOf(part, m).kind === 'row');
        const empty = group.members.some((m) => refOf(part, m).kind === 'empty');
        // Label and text side by side: 45 mm of the page's width for the label, the rest for the text (10 pt).
        const tall = isTallBlock(stage.fields.items.map((f) => [{ texts: [f.label], share: 0.26 }, { texts: [f.text], share: 0.72 }]), 10 / 9);
        return (
          <li key={stageIndex} className="charter-stage" value={stage.number} data-tall={tall || undefined}>
            {group.head !== null && (
              <>
                <h3 className="charter-stage__title">
                  <span className="charter-stage__number">{stage.number}</span>
                  <U>{stage.name}</U>
                  {group.repeated && <Continued />}
                </h3>
                {!group.repeated && <p className="charter-stage__lead">{stage.lead}</p>}
              </>
            )}
            {empty && <Empty>{stage.fields.empty}</Empty>}
            {fields.length > 0 && (
              <dl className="charter-fields">
                {fields.map((entry) => (
                  <Field key={`${entry.item}-${entry.continued ? 'c' : ''}`} field={stage.fields.items[(refOf(part, entry) as { index: number }).index]!} entry={entry} />
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function ResponsibilitiesPart({ section, part, shown, teams, slide }: PartProps<Extract<CharterSection, { id: 'responsibilities' }>>) {
  if (part.id === 'responsibilities.legend') {
    return (
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
    );
  }
  const groups = byGroup(part, shown.entries);
  const widths = slide ? matrixWidths(section.teams.length) : [0.4, ...section.teams.map(() => 0.6 / section.teams.length)];
  return (
    <table className="charter-table charter-matrix">
      <caption className="visually-hidden">Responsibilities: activities by team, with role letters</caption>
      <Columns widths={widths} />
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
      {groups.map((group) => {
        const stageIndex = group.head !== null ? (refOf(part, { item: group.head }) as { index: number }).index : (refOf(part, group.members[0]!) as { group: number }).group;
        const stage = section.stages.items[stageIndex]!;
        return (
          <tbody key={stageIndex} className="charter-matrix__stage">
            {group.head !== null && (
              <tr className="charter-matrix__stage-row">
                <th scope="rowgroup" colSpan={section.teams.length + 1}>
                  <span className="charter-stage__number">{stage.number}</span> <U>{stage.name}</U> <span className="charter-matrix__lead">{stage.lead}</span>
                  {group.repeated && <Continued />}
                </th>
              </tr>
            )}
            {group.members.map((entry) => {
              const ref = refOf(part, entry);
              if (ref.kind === 'empty') {
                return (
                  <tr key="empty">
                    <td colSpan={section.teams.length + 1} className="charter__empty">
                      {stage.activities.empty}
                    </td>
                  </tr>
                );
              }
              const activity = stage.activities.items[(ref as { index: number }).index]!;
              const name = textOf(entry, 'name', activity.name);
              const description = activity.description ? textOf(entry, 'description', activity.description) : null;
              const roles = textOf(entry, 'roles', 'R') !== null;
              const tall = isTallRow([{ texts: [activity.name, activity.description], share: widths[0]! }]);
              return (
                <tr key={`${entry.item}-${entry.continued ? 'c' : ''}`} data-continued={entry.continued || undefined} data-tall={tall || undefined}>
                  <th scope="row" className="charter-matrix__activity" dir="auto">
                    {name !== null && <U className="charter-matrix__activity-name">{name}</U>}
                    {name === null && <span className="charter-matrix__activity-name charter-continued">{activity.name} (continued)</span>}
                    {description && <U className="charter-matrix__description">{description}</U>}
                  </th>
                  {activity.roles.map((teamRoles, column) => (
                    <td key={column} className="charter-matrix__roles">
                      {roles &&
                        teamRoles.map((role) => (
                          <abbr key={role} className={`charter-role charter-role--${role}`} title={RACI_ROLE_LABELS[role]}>
                            {role}
                          </abbr>
                        ))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}

function HandoffPart({ section, part, shown }: PartProps<Extract<CharterSection, { id: 'handoff' }>>) {
  const index = Number(part.id.split('.')[1]);
  const h = section.handoffs.items[index]!;
  const lists = [h.leadDefinitions, h.commitments, h.rejectionReasons] as const;
  const groups = byGroup(part, shown.entries);
  return (
    <div className="charter-handoff">
      <h3 className="charter-subtitle" dir="auto">
        {h.heading}
        {shown.continued && <Continued />}
      </h3>
      {!shown.continued && <p className="charter-handoff__route">{h.route}</p>}
      {groups.map((group) => {
        const g = group.head !== null ? (refOf(part, { item: group.head }) as { index: number }).index : (refOf(part, group.members[0]!) as { group: number }).group;
        const members = group.members;
        const empty = members.some((m) => refOf(part, m).kind === 'empty');
        if (g === 3) {
          return (
            <dl key={g} className="charter-fields">
              {members.map((entry) => (
                <Field key={`${entry.item}-${entry.continued ? 'c' : ''}`} field={h.details[(refOf(part, entry) as { index: number }).index]!} entry={entry} />
              ))}
            </dl>
          );
        }
        return (
          <Fragment key={g}>
            {group.head !== null && (
              <h4 className="charter-minor">
                {HANDOFF_GROUPS[g]}
                {group.repeated && <Continued />}
              </h4>
            )}
            {empty && <Empty>{lists[g]!.empty}</Empty>}
            {g === 0 && !empty && (
              <div className="charter-summary__definitions">
                {cardsOf(part, members).map(({ index: d, entry }) => (
                  <LeadDefinition key={d} definition={h.leadDefinitions.items[d]!} entry={entry} keyPrefix={`d${d}`} />
                ))}
              </div>
            )}
            {g > 0 && !empty && (
              <ul className="charter-list">
                {members.map((entry) => {
                  const text = textOf(entry, 'text', (lists[g] as Listing<string>).items[(refOf(part, entry) as { index: number }).index]!);
                  return text === null ? null : (
                    <U key={`${entry.item}-${entry.continued ? 'c' : ''}`} as="li">
                      {text}
                    </U>
                  );
                })}
              </ul>
            )}
          </Fragment>
        );
      })}
    </div>
  );
}

function SignaturesPart({ section, part, shown, teams, title }: PartProps<Extract<CharterSection, { id: 'signatures' }>> & { title: ReactNode }) {
  const { entries } = shown;
  switch (part.id) {
    case 'signatures.status': {
      const entry = entries[0]!;
      const t = (key: string, text: string) => textOf(entry, key, text);
      const superseded = section.superseded ? t('superseded', section.superseded) : null;
      const status = t('status', section.signoffStatus.text);
      const nature = t('nature', section.nature);
      const binding = t('binding', section.binding);
      const version = t('version', 'v');
      const fingerprint = t('fingerprint', 'f');
      return (
        <>
          {superseded && (
            <p className="charter-signoff__superseded" role="note">
              {superseded}
            </p>
          )}
          {status && <p className={section.signoffStatus.final ? 'charter-status is-final' : 'charter-status'}>{status}</p>}
          {(nature || binding || version || fingerprint) && (
            <div className="charter-signoff__nature">
              {nature && (
                <p>
                  <strong>{nature}</strong>
                </p>
              )}
              {binding && <p>{binding}</p>}
              {(version || fingerprint) && (
                <dl className="charter-signoff__ids">
                  {version && (
                    <div>
                      <dt>Version</dt>
                      <dd>{section.version}</dd>
                    </div>
                  )}
                  {fingerprint && (
                    <div>
                      <dt>Fingerprint (SHA-256)</dt>
                      <dd className="charter-signoff__fingerprint">{section.fingerprint}</dd>
                    </div>
                  )}
                </dl>
              )}
            </div>
          )}
        </>
      );
    }
    case 'signatures.signatures':
      return (
        <ol className="charter-signatures">
          {cardsOf(part, entries).map(({ index, entry }) => {
            const s = section.signatures.items[index]!;
            const key = `s${index}`;
            const has = (k: string) => textOf(entry, `${key}.${k}`, k) !== null;
            const statement = textOf(entry, `${key}.statement`, s.statement);
            return (
              <li key={index} className="charter-signature">
                {has('drawing') && (
                  <svg className="charter-signature__drawing" viewBox="0 0 1000 300" role="img" aria-label={`Drawn signature of ${s.typedName}`}>
                    <path d={s.strokesPath} className="charter-signature__strokes" />
                  </svg>
                )}
                {has('name') && (
                  <p className="charter-signature__name">
                    <U as="strong">{s.typedName}</U>
                    {s.sponsor && <span className="charter-signature__sponsor">Executive sponsor</span>}
                  </p>
                )}
                {has('who') && (
                  <p className="charter-signature__meta">
                    {s.participantName !== s.typedName && (
                      <>
                        <U>{s.participantName}</U> ·{' '}
                      </>
                    )}
                    <TeamMark team={s.team} teams={teams} />
                  </p>
                )}
                {has('at') && <p className="charter-signature__meta">Signed {s.signedAt}</p>}
                {statement && (
                  <U as="p" className="charter-signature__statement">
                    {statement}
                  </U>
                )}
              </li>
            );
          })}
        </ol>
      );
    case 'signatures.notSigned':
    case 'signatures.absent': {
      const listing = part.id === 'signatures.notSigned' ? section.notSigned : section.absent;
      return (
        <div>
          <PeopleList people={listing} entries={entries} title={title} listClass="charter-list charter-people charter-people--three" part={part} />
        </div>
      );
    }
    case 'signatures.warnings':
      return (
        <>
          {title}
          <ul className="charter-warnings">
            {entries.map((entry) => {
              const w = section.warnings.items[entry.item]!;
              const text = textOf(entry, 'message', `${w.message}  ${w.status}`);
              if (text === null) return null;
              return (
                <li key={`${entry.item}-${entry.continued ? 'c' : ''}`} className={w.accepted ? 'charter-warning charter-warning--accepted' : 'charter-warning'}>
                  {entry.texts ? text : w.message} {!entry.texts && <span className="charter-warning__status">{w.status}</span>}
                </li>
              );
            })}
          </ul>
        </>
      );
    default:
      return null;
  }
}
