import { describe, expect, it } from 'vitest';
import { actionsCsv, csvText, neutraliseFormula } from '../../src/domain/actionsCsv';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { T0 } from '../helpers/domainBuilders';

describe('actionsCsv', () => {
  it('is UTF-8 text with a byte-order mark, a header row and CRLF after every record', () => {
    const csv = actionsCsv(createSampleWorkshop(T0));
    expect(csv.startsWith('\uFEFFAction,Owner,Team,Due,Status,From\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toContain('Set up the fortnightly pipeline review,Jonas Weiß,Sales,2026-12-10,In progress,Operating rhythm');
  });

  it('says where an action came from: its stage by name, else the part of the day, else nothing', () => {
    const workshop = createSampleWorkshop(T0);
    const stage = workshop.stages[1]!;
    workshop.actions = [
      { id: 'a1', title: 'From a stage', ownerParticipantId: null, due: '', status: 'open', stageId: stage.id, topic: 'responsibilities' },
      { id: 'a2', title: 'From a topic', ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: 'handoff' },
      { id: 'a3', title: 'From nowhere said', ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null },
    ];
    expect(actionsCsv(workshop).split('\r\n').slice(1, 4)).toEqual([`From a stage,,,,Open,${stage.name}`, 'From a topic,,,,Open,Hand-off', 'From nowhere said,,,,Open,']);
  });

  it('leaves Owner and Team empty for an action without an owner, and Due empty without a day', () => {
    const workshop = createSampleWorkshop(T0);
    workshop.actions = [{ id: 'a1', title: 'Call back', ownerParticipantId: null, due: '', status: 'done', stageId: null, topic: null }];
    expect(actionsCsv(workshop)).toBe('\uFEFFAction,Owner,Team,Due,Status,From\r\nCall back,,,,Done,\r\n');
  });

  it('quotes as RFC 4180 says: commas, double quotes and line breaks, quotes doubled', () => {
    expect(csvText([['a,b', 'say "hi"', 'two\nlines', 'cr\rlf', 'plain']])).toBe('\uFEFF"a,b","say ""hi""","two\nlines","cr\rlf",plain\r\n');
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1'],
    ['+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tplain'],
    ['\rplain'],
    ['  =1+1'],
    ['\u00A0=1+1'],
    ['\u3000@SUM(1)'],
    ['\uFEFF=1'],
    ['\u200B+1'],
    ['safe\n=1+1'],
    ['safe\r\n  -1'],
    ['safe\r@x'],
  ])('puts one apostrophe before %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each([[''], ['plain'], ['a=b'], ['1-2'], ['mail@example.com'], ['Zoë, Jonas'], ["'quoted"], ['line\nline'], ['x\t=1']])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
