/**
 * Whether a printed table row, or a block of rows, may split across pages. Rows and blocks are
 * kept whole, but one kept whole that is taller than about a third of a page leaves that much
 * blank at the foot of the page before it, and one taller than a page, pushed off the page its
 * table starts on, leaves the table's heading alone there. Estimated from the text alone
 * (svgText), at the print's sizes, without a browser.
 */
import { lineCount } from './svgText';

/** The printed text width in ems of a table's type: 174 mm at 9 pt on A4 (Letter is a little wider). */
const PAGE_EM = 54;
/** Room lost to a cell's padding, in ems. */
const CELL_PADDING_EM = 1.4;
/** Lines of table text on about a third of a page (Letter is the shorter one). */
const TALL_LINES = 18;

/** A row's cells: each column's texts (stacked in the cell) and its share of the page's width. */
type Row = readonly { texts: readonly string[]; share: number }[];

const rowLines = (row: Row, typeScale: number) =>
  Math.max(0, ...row.map(({ texts, share }) => texts.reduce((sum, text) => sum + (text.trim() === '' ? 0 : lineCount(text, (share * PAGE_EM) / typeScale - CELL_PADDING_EM)), 0)));

/** A table row (at the tables' 9 pt). */
export function isTallRow(row: Row): boolean {
  return rowLines(row, 1) > TALL_LINES;
}

/** A block of rows one under another, its type `typeScale` times the tables' (a stage's fields: 10 pt). */
export function isTallBlock(rows: readonly Row[], typeScale: number): boolean {
  return rows.reduce((sum, row) => sum + rowLines(row, typeScale), 0) * typeScale > TALL_LINES;
}
