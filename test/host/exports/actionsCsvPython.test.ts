/**
 * The actions CSV read back by a real CSV parser (Python's csv module): every cell is the source
 * text, except the cells a spreadsheet would run, which are the source text after one apostrophe.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../src/domain/actionsCsv';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import { T0 } from '../../helpers/domainBuilders';
import { FORMULA_ATTACKS, SAFE_CELLS } from './hostileText';

const READ_WITH_PYTHON = `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(csv: string): Promise<string[][]> {
  const file = join(dir, 'actions.csv');
  await writeFile(file, csv, 'utf8');
  return JSON.parse(execFileSync('python3', ['-c', READ_WITH_PYTHON, file], { encoding: 'utf8' })) as string[][];
}

/** Every text of the corpus in every column: as a title, as an owner's name, as a team's name, as the name of the stage an action came from. */
function workshopWith(texts: readonly string[]): Workshop {
  const w = createSampleWorkshop(T0);
  w.teams = texts.map((text, i) => ({ id: `t${i}`, name: texts[(i + 1) % texts.length]!, kind: 'custom' as const }));
  w.participants = texts.map((text, i) => ({ id: `p${i}`, name: texts[(i + 2) % texts.length]!, jobTitle: '', teamId: `t${i}` }));
  w.stages = texts.map((_, i) => ({ ...w.stages[0]!, id: `s${i}`, name: texts[(i + 3) % texts.length]! }));
  w.actions = texts.map((text, i) => ({ id: `a${i}`, title: text, ownerParticipantId: `p${i}`, due: i % 2 ? '2027-01-31' : '', status: (['open', 'inProgress', 'done'] as const)[i % 3]!, stageId: `s${i}`, topic: null }));
  return w;
}

describe('the actions CSV, read back with Python’s csv module', () => {
  it('tests a corpus of at least 40 formula-injection strings, the usual ones and the bypasses', () => {
    expect(FORMULA_ATTACKS.length).toBeGreaterThanOrEqual(40);
  });

  it('gives back every cell as typed, and every formula as its text after one apostrophe', async () => {
    const texts = [...FORMULA_ATTACKS, ...SAFE_CELLS];
    const attacks = new Set(FORMULA_ATTACKS);
    const csv = actionsCsv(workshopWith(texts));
    const rows = await readBack(csv);
    expect(rows[0]).toEqual(['Action', 'Owner', 'Team', 'Due', 'Status', 'From']);
    expect(rows).toHaveLength(texts.length + 1);
    const expected = (text: string) => (attacks.has(text) ? `'${text}` : text);
    texts.forEach((text, i) => {
      const [title, owner, team, due, status, from] = rows[i + 1]!;
      expect(from).toBe(expected(texts[(i + 3) % texts.length]!));
      expect(title).toBe(expected(text));
      expect(owner).toBe(expected(texts[(i + 2) % texts.length]!));
      expect(team).toBe(expected(texts[(i + 1) % texts.length]!));
      expect(due).toBe(i % 2 ? '2027-01-31' : '');
      expect(status).toBe(['Open', 'In progress', 'Done'][i % 3]);
    });
  });

  it('leaves no line of any cell that a spreadsheet would run, unless the cell starts with the apostrophe', async () => {
    const rows = await readBack(actionsCsv(workshopWith([...FORMULA_ATTACKS, ...SAFE_CELLS])));
    const runnable = rows.flat().filter((cell) => !cell.startsWith("'") && (/^[\t\r]/.test(cell) || cell.split(/\r\n|\r|\n/).some((line) => /^[\s\u200B-\u200D\u2060\uFEFF]*[=+\-@]/u.test(line))));
    expect(runnable).toEqual([]);
  });

  it('is UTF-8 with a byte-order mark and CRLF record ends on disk', async () => {
    const file = join(dir, 'sample.csv');
    await writeFile(file, actionsCsv(createSampleWorkshop(T0)), 'utf8');
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.match(/\r\n/g)).toHaveLength(4);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
