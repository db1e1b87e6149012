/**
 * The charter as Markdown, for a wiki or an email: every section of the charter model (the one
 * the PDF and the review render from, so the words are the same), as CommonMark with GitHub's
 * tables (GFM). Signatures are listed by name, time and statement; their drawings stay in the PDF.
 *
 * Every text from the model (what the facilitator typed, and the charter's own sentences around
 * it) goes through `text` or `inline` below, so it cannot become a link, an image, an autolink,
 * HTML, an entity, a table, a heading, a list, a block quote, a thematic break, code, emphasis,
 * strikethrough or (on GitHub) math it was not. The structure (headings, lists, tables) is this
 * file's alone. The rules, kept few so the raw text stays readable:
 * - always backslash-escaped (CommonMark: an escaped character is always literal):
 *   `\ ` * _ [ ] < | ~ # $`, and `&` before `#` or a letter (what starts an entity);
 * - at the start of a line (where a block starts) also `> - + =`, and the `.` or `)` after
 *   leading digits (`1.`, `2)`);
 * - GFM's autolink literals are found in the text after escapes are resolved (GitHub's
 *   cmark-gfm for e-mail addresses, mdast-util-gfm for all of them), so no escape can stop them:
 *   a WORD JOINER (U+2060: invisible, no width, no line break) goes between `www` and `.`,
 *   between `:` and `//`, and after every `@`. The text reads the same; copied out, it carries
 *   those invisible characters, and it is never a link;
 * - each line is trimmed of spaces and tabs at both ends (a rendered page would not show them,
 *   and leading ones could make code blocks), blank lines at the start and end are dropped, and
 *   a line break is a hard break (backslash at the end of the line), so lines stay lines and a
 *   blank line never ends a paragraph or list item;
 * - in headings and table cells (one line by nature) a line break becomes a space; the schema
 *   allows line breaks in none of the fields the charter puts there.
 * test/host/exports/charterMarkdownRendering.test.ts renders hostile text with mdast-util-gfm and
 * with cmark-gfm and checks that the structure is the one benign text gets, and that the text
 * reads back. Not Markdown, so not covered: what a site does to the rendered text (GitHub's
 * @mentions, #123 references, :emoji: shortcodes).
 */
import type {
  ActionsSection,
  BestCustomersSection,
  BuyingProcessSection,
  CharterModel,
  CharterSection,
  CoverSection,
  GoalsSection,
  HandoffSection,
  LeadDefinitionView,
  Listing,
  PulseSection,
  ResponsibilitiesSection,
  RhythmSection,
  SignaturesSection,
  SinceLastTimeSection,
  SummarySection,
} from './charterModel';

const WORD_JOINER = '\u2060';
const ALWAYS_ESCAPED = /[\\`*_[\]<|~#$]|&(?=[#A-Za-z])/g;
/** Indentation of a list item's continuation lines ("- " is two wide). */
const ITEM_INDENT = '  ';

/** The text's lines: line breaks normalised, each line trimmed of spaces and tabs, no blank lines at the ends. */
function linesOf(value: string): string[] {
  const lines = value.split(/\r\n|\r|\n/).map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** One line of text as literal Markdown inline content (see the rules above); `startsLine` where a block could start. */
function escapeLine(line: string, startsLine: boolean): string {
  const escaped = line
    .replace(/www(?=\.)/gi, `$&${WORD_JOINER}`)
    .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
    .replaceAll('@', `@${WORD_JOINER}`)
    .replace(ALWAYS_ESCAPED, '\\$&');
  return startsLine ? escaped.replace(/^[>\-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2') : escaped;
}

/**
 * Text for a paragraph or a list item, its line breaks kept as hard breaks; `indent` continues
 * a list item; `midLine` when it follows other text on its first line ("Label: text").
 */
function text(value: string, indent = '', midLine = false): string {
  return linesOf(value)
    .map((line, index) => escapeLine(line, index > 0 || !midLine))
    .join(`\\\n${indent}`);
}

/** Text inside a line (a heading's, a table cell's, after a label): line breaks become spaces. */
function inline(value: string): string {
  return linesOf(value)
    .map((line) => escapeLine(line, false))
    .join(' ');
}

/** Markdown this file wrote itself (a stage's number before its escaped name), taken as it is. */
interface Written {
  md: string;
}
const written = (md: string): Written => ({ md });
const numbered = (number: number, name: string): Written => written(`${number}. ${inline(name)}`);

function heading(level: 1 | 2 | 3 | 4, value: string | Written): string {
  return `${'#'.repeat(level)} ${typeof value === 'string' ? inline(value) : value.md}`;
}

/** "Label: text" as a line of an entry, where a block could start (empty when the text is). */
function labelled(label: string, value: string): string {
  const body = text(value, ITEM_INDENT, true);
  return body === '' ? '' : `${text(`${label}:`, ITEM_INDENT)} ${body}`;
}

/** One list item of several lines (already escaped; empty ones left out), each a hard break after the last. */
function entry(...lines: string[]): string {
  return `- ${lines.filter((line) => line !== '').join(`\\\n${ITEM_INDENT}`)}`;
}

/** A list of plain texts, or the sentence that stands for an empty one. */
function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? text(empty) : items.map((item) => entry(text(item, ITEM_INDENT))).join('\n');
}

function table(columns: readonly string[], rows: readonly (readonly (string | Written)[])[]): string {
  const line = (cells: readonly (string | Written)[]) => `| ${cells.map((c) => (typeof c === 'string' ? inline(c) : c.md)).join(' | ')} |`;
  return [line(columns), `|${columns.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** A listing as blocks, or its empty sentence. */
function listing<T>(value: Listing<T>, blocks: (items: T[]) => string[]): string[] {
  return value.items.length === 0 ? [text(value.empty)] : blocks(value.items);
}

const withDetail = (name: string, detail: string) => (detail.trim() === '' ? text(name, ITEM_INDENT) : `${text(name, ITEM_INDENT)} · ${text(detail, ITEM_INDENT, true)}`);

function people(value: Listing<{ name: string; detail: string }>): string[] {
  return listing(value, (items) => [items.map((p) => entry(withDetail(p.name, p.detail))).join('\n')]);
}

function leadDefinitions(definitions: readonly (LeadDefinitionView & { route?: string })[]): string {
  return definitions
    .map((d) => {
      const name = [d.shortName, d.name].filter((part) => part.trim() !== '').map((part, index) => text(part, ITEM_INDENT, index > 0)).join(' · ');
      const head = entry(name, d.route === undefined ? '' : text(d.route, ITEM_INDENT));
      const criteria = d.criteria.items.length === 0 ? `${ITEM_INDENT}${text(d.criteria.empty, ITEM_INDENT)}` : d.criteria.items.map((c) => `${ITEM_INDENT}- ${text(c, ITEM_INDENT + ITEM_INDENT)}`).join('\n');
      // A blank line, then the criteria indented under the definition: a paragraph or a list inside its item.
      return `${head}\n\n${criteria}`;
    })
    .join('\n\n');
}

// ---------------------------------------------------------------- sections

function cover(s: CoverSection): string[] {
  return [
    heading(1, s.documentTitle),
    text(s.kicker),
    ...(s.company.trim() === '' ? [] : [text(s.company)]),
    s.details.map((d) => entry(labelled(d.label, d.text))).join('\n'),
    heading(3, 'Executive sponsors'),
    ...people(s.sponsors),
    heading(3, 'Participants'),
    ...listing(s.participantsByTeam, (groups) => groups.flatMap((g) => [heading(4, g.team.name), ...people({ items: g.participants, empty: '' })])),
    text(s.versionLine),
  ];
}

function summary(s: SummarySection): string[] {
  const { swimlanes } = s;
  const lanes = swimlanes.stages.map((stage, index) => [
    numbered(stage.number, stage.name),
    stage.lead,
    ...swimlanes.lanes.map((lane) => (lane.cells[index]?.activities ?? []).map((a) => (a.roles.length === 0 ? a.name : `${a.name} (${a.roles.join(', ')})`)).join('; ')),
  ]);
  return [
    heading(3, 'Who does what, stage by stage'),
    ...(swimlanes.stages.length === 0 ? [text(swimlanes.empty)] : [table(['Stage', 'Lead', ...swimlanes.lanes.map((l) => l.team.name)], lanes)]),
    ...(swimlanes.handoffs.length === 0 ? [] : [swimlanes.handoffs.map((h) => entry(text(h.description, ITEM_INDENT))).join('\n')]),
    heading(3, 'Lead definitions'),
    ...listing(s.leadDefinitions, (items) => [leadDefinitions(items)]),
    heading(3, 'Shared goals'),
    ...listing(s.sharedGoals, (items) => [table(['Goal', 'Target', 'Owners'], items.map((g) => [g.name, g.target, g.owners]))]),
    ...(s.moreGoals === null ? [] : [text(s.moreGoals)]),
  ];
}

function sinceLastTime(s: SinceLastTimeSection): string[] {
  const { pulse, actions, commitments } = s;
  return [
    text(s.intro),
    heading(3, 'Earlier workshops'),
    table(['Workshop', 'Date', 'Charter', 'Fingerprint'], s.earlier.map((e) => [e.title, e.date, e.version, e.fingerprint])),
    heading(3, 'Pulse then and now'),
    text(pulse.summary),
    ...listing(pulse.statements, (items) => [
      table(
        ['#', 'Statement', pulse.daysHeading, 'Gap', 'Change'],
        items.map((statement) => [String(statement.number), statement.text, statement.teams.map((t) => `${t.team.name}: ${t.scores}`).join('; ') || '–', statement.gap, statement.change]),
      ),
    ]),
    heading(3, 'Actions agreed last time'),
    text(actions.summary),
    ...listing(actions.items, (items) => [table(['Action', 'Owner', 'Due', 'Outcome', 'Reason'], items.map((a) => [a.title, a.owner, a.due, a.outcome, a.reason]))]),
    heading(3, 'Hand-off commitments'),
    text(commitments.summary),
    ...listing(commitments.items, (items) => [
      table(['Hand-off', 'Commitment', 'Committed', 'Actual', 'Result'], items.map((c) => [`${c.handoff} (${c.route})`, c.measure, c.committed, c.actual, c.verdict])),
    ]),
    heading(4, 'Notes'),
    ...listing(commitments.notes, (items) => [items.map((n) => entry(`${text(n.handoff, ITEM_INDENT)} · ${text(n.route, ITEM_INDENT, true)}`, text(n.note, ITEM_INDENT))).join('\n')]),
  ];
}

function buyingProcess(s: BuyingProcessSection): string[] {
  return listing(s.stages, (stages) =>
    stages.flatMap((stage) => [
      heading(3, numbered(stage.number, stage.name)),
      text(stage.lead),
      ...listing(stage.fields, (fields) => [fields.map((f) => entry(labelled(f.label, f.text))).join('\n')]),
    ]),
  );
}

function responsibilities(s: ResponsibilitiesSection): string[] {
  return [
    text(s.legend.map((l) => `${l.label}: ${l.text}`).join(' · ')),
    ...listing(s.stages, (stages) =>
      stages.flatMap((stage) => [
        heading(3, numbered(stage.number, stage.name)),
        text(stage.lead),
        ...listing(stage.activities, (activities) => {
          const described = activities.filter((a) => a.description.trim() !== '');
          return [
            table(['Activity', ...s.teams.map((t) => t.name)], activities.map((a) => [a.name, ...a.roles.map((roles) => roles.join(', '))])),
            ...(described.length === 0 ? [] : [described.map((a) => entry(labelled(a.name, a.description))).join('\n')]),
          ];
        }),
      ]),
    ),
  ];
}

function handoff(s: HandoffSection): string[] {
  return listing(s.handoffs, (handoffs) =>
    handoffs.flatMap((h) => [
      heading(3, h.heading),
      text(h.route),
      heading(4, 'Lead definitions'),
      ...listing(h.leadDefinitions, (items) => [leadDefinitions(items)]),
      heading(4, 'Commitments'),
      list(h.commitments.items, h.commitments.empty),
      ...(h.details.length === 0 ? [] : [h.details.map((d) => entry(labelled(d.label, d.text))).join('\n')]),
      heading(4, 'Reasons sales may reject a lead'),
      list(h.rejectionReasons.items, h.rejectionReasons.empty),
    ]),
  );
}

function bestCustomers(s: BestCustomersSection): string[] {
  return listing(s.customers, (customers) =>
    customers.flatMap((c) => [
      heading(3, `${c.kind}: ${c.name}`),
      [labelled('Why they matter', c.whyValuable), labelled('Marketing does', c.marketingDoes), labelled('Sales does', c.salesDoes)]
        .filter((line) => line !== '')
        .map((line) => entry(line))
        .join('\n') || text('Nothing more was recorded.'),
    ]),
  );
}

function goals(s: GoalsSection): string[] {
  const goal = (g: GoalsSection['sharedGoals']['items'][number], ownersLabel: string) =>
    entry(text(g.name, ITEM_INDENT), labelled('Definition', g.definition), labelled(ownersLabel, g.owners), labelled('Target', g.target), labelled('Review', g.reviewCadence));
  return [
    heading(3, 'Shared goals'),
    ...listing(s.sharedGoals, (items) => [items.map((g) => goal(g, 'Owners')).join('\n')]),
    heading(3, 'Team metrics'),
    ...listing(s.teamMetrics, (items) => [items.map((g) => goal(g, 'Team')).join('\n')]),
    heading(3, 'Incentives'),
    ...listing(s.incentives, (items) => [items.map((i) => entry(`${text(i.kind, ITEM_INDENT)} · ${text(i.teams, ITEM_INDENT, true)}`, text(i.description, ITEM_INDENT))).join('\n')]),
  ];
}

function rhythm(s: RhythmSection): string[] {
  return [
    heading(3, 'Executive sponsors'),
    ...people(s.sponsors),
    heading(3, 'Joint meetings'),
    ...listing(s.meetings, (items) => [items.map((m) => entry(text(m.name, ITEM_INDENT), labelled('Schedule', m.schedule), labelled('Cadence', m.cadence), labelled('Attendees', m.attendees), labelled('Purpose', m.purpose))).join('\n')]),
    heading(3, 'Customer-insight loops'),
    ...listing(s.insightLoops, (items) => [table(['Information', 'From → to', 'System', 'How often'], items.map((l) => [l.information, l.route, l.system, l.frequency]))]),
    heading(3, 'Rotations'),
    ...listing(s.rotations, (items) => [items.map((r) => entry(text(r.kind, ITEM_INDENT), labelled('What', r.description), labelled('Who', r.who), labelled('When', r.when))).join('\n')]),
    heading(3, 'Glossary'),
    ...listing(s.glossary, (items) => [items.map((g) => entry(labelled(g.term, g.definition) || text(g.term, ITEM_INDENT))).join('\n')]),
  ];
}

function actions(s: ActionsSection): string[] {
  return [
    heading(3, 'Actions'),
    ...listing(s.actions, (items) => {
      // The From column only when some action says where it came from (as in the PDF).
      const withFrom = items.some((a) => a.from !== '');
      const columns = withFrom ? ['Action', 'From', 'Owner', 'Due', 'Status'] : ['Action', 'Owner', 'Due', 'Status'];
      return [table(columns, items.map((a) => (withFrom ? [a.title, a.from || '–', a.owner, a.due, a.status] : [a.title, a.owner, a.due, a.status])))];
    }),
    heading(3, 'Parking lot'),
    ...listing(s.parkingLot, (items) => [items.map((p) => entry(text(p.text, ITEM_INDENT), labelled('Raised in', p.raisedIn))).join('\n')]),
    heading(3, 'Decisions'),
    ...listing(s.decisions, (items) =>
      [items.map((d) => entry(text(d.text, ITEM_INDENT), labelled('How it was decided', [d.method, d.result].filter((part) => part.trim() !== '').join(': ')), labelled('Dissent', d.dissent), labelled('When', d.decidedAt))).join('\n')],
    ),
  ];
}

function pulse(s: PulseSection): string[] {
  const rows = s.statements.items.map((statement) => [
    String(statement.number),
    statement.text,
    ...s.teams.map((team) => {
      const average = statement.averages.find((a) => a.team.id === team.id);
      return average ? `${average.averageText} (${average.scores})` : '–';
    }),
    statement.gapText,
  ]);
  return [text(s.intro), ...listing(s.statements, () => [table(['#', 'Statement', ...s.teams.map((t) => t.name), 'Gap'], rows)])];
}

function signatures(s: SignaturesSection): string[] {
  return [
    text(s.nature),
    text(s.binding),
    entry(text(s.version, ITEM_INDENT), labelled('Fingerprint', s.fingerprint), text(s.signoffStatus.text, ITEM_INDENT)),
    ...(s.superseded === null ? [] : [text(s.superseded)]),
    heading(3, 'Signed by'),
    ...listing(s.signatures, (items) => [
      items
        .map((sig) => {
          const who = [sig.participantName !== sig.typedName ? sig.participantName : '', sig.team?.name ?? '', sig.sponsor ? 'Executive sponsor' : ''].filter((part) => part.trim() !== '');
          return entry(text(sig.typedName, ITEM_INDENT), who.map((part, index) => text(part, ITEM_INDENT, index > 0)).join(' · '), labelled('Signed', sig.signedAt), text(sig.statement, ITEM_INDENT));
        })
        .join('\n'),
    ]),
    heading(3, 'Not signed yet'),
    ...people(s.notSigned),
    heading(3, 'Absent'),
    ...people(s.absent),
    heading(3, 'Open points at signing'),
    ...listing(s.warnings, (items) => [items.map((w) => entry(`${text(w.message, ITEM_INDENT)} · ${text(w.status, ITEM_INDENT, true)}`)).join('\n')]),
  ];
}

function sectionBlocks(section: CharterSection): string[] {
  switch (section.id) {
    case 'cover':
      return cover(section);
    case 'summary':
      return summary(section);
    case 'sinceLastTime':
      return sinceLastTime(section);
    case 'buyingProcess':
      return buyingProcess(section);
    case 'responsibilities':
      return responsibilities(section);
    case 'handoff':
      return handoff(section);
    case 'bestCustomers':
      return bestCustomers(section);
    case 'goals':
      return goals(section);
    case 'rhythm':
      return rhythm(section);
    case 'actions':
      return actions(section);
    case 'pulse':
      return pulse(section);
    case 'signatures':
      return signatures(section);
  }
}

/** The whole charter as Markdown text (LF line ends, one blank line between blocks). */
export function charterMarkdown(model: CharterModel): string {
  const blocks = model.sections.flatMap((section) => (section.id === 'cover' ? sectionBlocks(section) : [heading(2, section.title), ...sectionBlocks(section)]));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
