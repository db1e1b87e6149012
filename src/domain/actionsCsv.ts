/**
 * The action list as CSV, for a spreadsheet or a task tool: one row per action, in the
 * workshop's order, under a header row (Action, Owner, Team, Due, Status, From).
 *
 * The file opens correctly in Excel and LibreOffice: UTF-8 with a byte-order mark (without it,
 * Excel reads the bytes in the machine's legacy code page), CRLF between records, and RFC 4180
 * quoting (a field holding a comma, a double quote, CR or LF is put in double quotes, and its
 * double quotes are doubled). Line breaks inside a quoted field are kept as they were typed.
 *
 * Formula injection: a spreadsheet runs a cell that looks like a formula (`=HYPERLINK(…)`,
 * `@SUM(…)`, `+cmd|' /C calc'!A0`, a DDE call). A cell is neutralised (see neutraliseFormula)
 * by one leading apostrophe, and is otherwise exactly its source text.
 *
 * From: the stage of the buying process the action came from, else the part of the day (the
 * phase) it was raised in, else empty.
 */
import { ACTION_STATUS_LABELS } from './labels';
import { PHASES } from './phases';
import type { Workshop } from './workshopSchema';

const BYTE_ORDER_MARK = '\uFEFF';
const RECORD_SEPARATOR = '\r\n';

/** What a spreadsheet starts a formula (or a DDE call) with. */
const FORMULA_START = /^[=+\-@]/;
/**
 * What spreadsheets skip before they look for a formula, or that a person cannot see: spaces
 * and tabs, the no-break space (U+00A0), the other Unicode spaces (U+1680, U+2000–U+200A,
 * U+202F, U+205F, U+3000), zero-width space, joiners and word joiner (U+200B–U+200D, U+2060)
 * and the byte-order mark (U+FEFF).
 */
const BLANKS = /^[ \t\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]*/;

/**
 * The exact rule: a cell gets one apostrophe in front (and is otherwise unchanged) when
 * - its first character is a tab or a carriage return, or
 * - any of its lines (split at CR LF, CR or LF) begins, after any run of the blanks above,
 *   with `=`, `+`, `-` or `@`.
 * The second covers the bypasses the usual rule misses: "  =1+1", "\u00A0=1+1", and a formula
 * on the second line of a multi-line cell (which a spreadsheet that splits lines, or a person
 * who copies the line, would run). A cell such as "-5" or "- a point" is neutralised too: the
 * apostrophe shows, which is the price of never running a formula.
 */
export function neutraliseFormula(cell: string): string {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return `'${cell}`;
  const dangerous = cell.split(/\r\n|\r|\n/).some((line) => FORMULA_START.test(line.replace(BLANKS, '')));
  return dangerous ? `'${cell}` : cell;
}

/** One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF. */
function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells as a CSV file's text: neutralised, quoted, CRLF after every record, BOM first. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map((cell) => csvField(neutraliseFormula(cell))).join(',') + RECORD_SEPARATOR).join('');
}

const ACTIONS_CSV_HEADER = ['Action', 'Owner', 'Team', 'Due', 'Status', 'From'] as const;

/**
 * The workshop's actions as CSV text. Cells hold the text as typed (an empty title stays empty);
 * an action without an owner has empty Owner and Team cells; Due is the ISO day (YYYY-MM-DD, which
 * every spreadsheet reads as a date) or empty; Status is the word the app shows.
 */
export function actionsCsv(workshop: Pick<Workshop, 'actions' | 'participants' | 'teams' | 'stages'>): string {
  const participants = new Map(workshop.participants.map((p) => [p.id, p]));
  const teams = new Map(workshop.teams.map((t) => [t.id, t]));
  const stages = new Map(workshop.stages.map((s) => [s.id, s]));
  const rows = workshop.actions.map((action) => {
    const owner = action.ownerParticipantId === null ? undefined : participants.get(action.ownerParticipantId);
    const team = owner ? teams.get(owner.teamId) : undefined;
    const stage = action.stageId === null ? undefined : stages.get(action.stageId);
    const from = stage ? stage.name : action.topic === null ? '' : PHASES[action.topic].label;
    return [action.title, owner?.name ?? '', team?.name ?? '', action.due, ACTION_STATUS_LABELS[action.status], from];
  });
  return csvText([ACTIONS_CSV_HEADER, ...rows]);
}
