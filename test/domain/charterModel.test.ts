import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCharterModel, CHARTER_SECTION_IDS, SIGNOFF_NATURE, type CharterModel, type CharterSection, type CharterSectionId } from '../../src/domain/charterModel';
import { currentCharterRecord, signedVersionRecord, type CharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { signoffWarnings } from '../../src/domain/signoff';
import { strokesToSvgPath } from '../../src/domain/strokesToSvgPath';
import type { Workshop } from '../../src/domain/workshopSchema';
import { charterContent } from '../../src/domain/charterContent';
import { createCheckIn, latestSignedCharter } from '../../src/domain/createCheckIn';
import { sequentialIds } from '../../src/domain/createWorkshop';
import { checkInFixture } from '../helpers/checkInFixture';
import { applyAll, aWorkshop, fingerprintOf, readyToSign, signCommand, SOME_STROKES, T0 } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, workshop as anyWorkshop } from '../helpers/workshopArbitraries';

const sample = () => createSampleWorkshop(T0);
const recordOf = (w: Workshop): CharterRecord => currentCharterRecord(w, fingerprintOf(w), 'a4');
const modelOf = (w: Workshop) => buildCharterModel(recordOf(w));

function section<Id extends CharterSectionId>(model: CharterModel, id: Id): Extract<CharterSection, { id: Id }> {
  const found = model.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found as Extract<CharterSection, { id: Id }>;
}

/** Every string anywhere in a value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Keys of the charter content that hold ids, choices from a fixed list, or machine dates: not text a person typed. */
const NOT_USER_TEXT = new Set(['id', 'kind', 'status', 'method', 'role', 'raisedInPhase', 'createdAt', 'decidedAt', 'due', 'date', 'volumePeriod', 'workshopId', 'frequency', 'weekOfMonth', 'weekday', 'firstDate']);

/** Every text a person typed into the charter's content, with where it sits. */
function userTexts(content: CharterRecord['content']): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const walk = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (!NOT_USER_TEXT.has(key) && !/Ids?$/.test(key) && value.trim() !== '') found.push({ path, text: value.trim() });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, k);
  };
  walk(content, '$', '');
  // A sponsor linked to a participant goes by the participant's name (as on the projector).
  const named = new Set(content.participants.filter((p) => p.name.trim() !== '').map((p) => p.id));
  return found.filter(({ path }) => {
    const sponsor = /^\$\.rhythm\.sponsors\[(\d+)\]\.name$/.exec(path);
    if (!sponsor) return true;
    const linked = content.rhythm.sponsors[Number(sponsor[1])]!.participantId;
    return linked === null || !named.has(linked);
  });
}

describe('buildCharterModel', () => {
  it('lists the sections in reading order, with stable ids and a heading each (no Since last time in a first workshop)', () => {
    const model = modelOf(sample());
    expect(model.sections.map((s) => s.id)).toEqual(CHARTER_SECTION_IDS.filter((id) => id !== 'sinceLastTime'));
    expect(model.sections.map((s) => s.title)).toEqual([
      'Cover',
      'Summary',
      'Buying process',
      'Responsibilities',
      'Hand-off agreements',
      'Best customers',
      'Goals, metrics and incentives',
      'Operating rhythm',
      'Actions, parking lot and decisions',
      'Pulse',
      'Signatures',
    ]);
  });

  it('puts the company, title, date, venue and facilitator on the cover, and the participants under their team', () => {
    const cover = section(modelOf(sample()), 'cover');
    expect(cover.company).toBe('Kestrel Fleet Systems');
    expect(cover.documentTitle).toBe('Kestrel sales & marketing alignment day');
    expect(cover.details).toEqual([
      { label: 'Date', text: '3 December 2026' },
      { label: 'Venue', text: 'Harbourside Conference Centre, Room Atlas' },
      { label: 'Facilitator', text: 'Dana Okafor' },
      { label: 'Sign-off', text: 'Not final: 0 of 9 participants signed; 9 not signed yet.' },
    ]);
    expect(cover.participantsByTeam.items.map((g) => [g.team.name, g.participants.length])).toEqual([
      ['Marketing', 4],
      ['Sales', 3],
      ['Leadership', 1],
      ['Customer Success', 1],
    ]);
    expect(cover.participantsByTeam.items[2]!.participants).toEqual([{ name: 'Marguerite Fontaine', detail: 'Chief Revenue Officer' }]);
    expect(cover.sponsors.items).toEqual([{ name: 'Marguerite Fontaine', detail: 'Chief Revenue Officer · Leadership' }]);
  });

  it('names what was never filled in on the cover instead of leaving a blank', () => {
    const cover = section(modelOf(aWorkshop()), 'cover');
    expect(cover.details.map((d) => d.text).slice(0, 3)).toEqual(['Not recorded', 'Not recorded', 'Not recorded']);
    expect(cover.participantsByTeam).toEqual({ items: [], empty: 'No participants were recorded.' });
    expect(cover.sponsors.items).toEqual([]);
    expect(cover.sponsors.empty).toBe('No executive sponsor was named.');
  });

  it('summarises on one page: the swimlanes with their hand-offs, the lead definitions and the shared goals', () => {
    const { swimlanes, leadDefinitions, sharedGoals, moreGoals } = section(modelOf(sample()), 'summary');
    expect(swimlanes.stages.map((s) => s.name)).toEqual(['Awareness', 'Education', 'Consideration', 'Evaluation', 'Purchase', 'Onboarding', 'Expansion & advocacy']);
    expect(swimlanes.stages[2]!.lead).toBe('Claimed by Marketing and Sales');
    expect(swimlanes.lanes.map((l) => l.team.name)).toEqual(['Marketing', 'Sales', 'Leadership', 'Customer Success']);
    expect(swimlanes.lanes[0]!.cells[1]!.activities).toContainEqual({ name: 'Nurture sequence for not-yet-ready leads', roles: ['R'] });
    expect(swimlanes.handoffs.map((h) => h.description)).toEqual([
      'Hand-off MQL: Marketing (Education) → Sales (Consideration)',
      'Hand-back Recycle: Sales (Consideration) → Marketing (Education)',
    ]);
    expect(leadDefinitions.items.map((d) => d.shortName)).toEqual(['MQL', 'SAL', 'SQL', 'Recycle']);
    expect(leadDefinitions.items[0]!.criteria.items).toContain('Fleet of 50+ vehicles');
    expect(sharedGoals.items).toEqual([
      { name: 'Qualified pipeline created', target: '€4.2M per quarter', owners: 'Marketing and Sales' },
      { name: 'Revenue from best-customer segments', target: '60% of new revenue', owners: 'Marketing and Sales' },
    ]);
    expect(moreGoals).toBeNull();
  });

  it('lists at most five shared goals on the summary and says how many more the goals section has', () => {
    const goals = Array.from({ length: 7 }, (_, i) => ({ id: `sg${i}`, kind: 'shared' as const, name: `Goal ${i}`, definition: '', ownerTeamIds: [], target: '', reviewCadence: '' }));
    const w = { ...sample(), goals };
    const { sharedGoals, moreGoals } = section(modelOf(w), 'summary');
    expect(sharedGoals.items.map((g) => g.name)).toEqual(['Goal 0', 'Goal 1', 'Goal 2', 'Goal 3', 'Goal 4']);
    expect(sharedGoals.items[0]).toMatchObject({ target: 'No target yet', owners: 'No owner yet' });
    expect(moreGoals).toBe('and 2 more shared goals in Goals, metrics and incentives');
    expect(section(modelOf(w), 'goals').sharedGoals.items).toHaveLength(7);
  });

  it('shows the responsibility matrix as activities by team, with each team’s role letters in RACI order', () => {
    const { teams, stages, legend } = section(modelOf(sample()), 'responsibilities');
    expect(teams.map((t) => t.name)).toEqual(['Marketing', 'Sales', 'Leadership', 'Customer Success']);
    expect(legend.map((l) => `${l.label} ${l.text}`)).toEqual(['R Responsible', 'A Accountable', 'C Consulted', 'I Informed']);
    const onboarding = stages.items.find((s) => s.name === 'Onboarding')!;
    expect(onboarding.lead).toBe('Lead: Customer Success');
    for (const activity of onboarding.activities.items) expect(activity.roles).toEqual([[], ['C'], [], ['R', 'A']]);
  });

  it('walks the buying process stage by stage with only the details that were written down', () => {
    const w = sample();
    w.stages[0] = { ...w.stages[0]!, customerGoal: 'Learn that the problem exists', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '' };
    w.stages[1] = { ...w.stages[1]!, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '' };
    const { stages } = section(modelOf(w), 'buyingProcess');
    expect(stages.items[0]).toMatchObject({ number: 1, name: 'Awareness', fields: { items: [{ label: 'What the customer is trying to do', text: 'Learn that the problem exists' }] } });
    expect(stages.items[1]!.fields).toEqual({ items: [], empty: 'No details were recorded for this stage.' });
  });

  it('states each hand-off’s commitments in words', () => {
    const { handoffs } = section(modelOf(sample()), 'handoff');
    const [main, back] = handoffs.items;
    expect(main!.heading).toBe('Hand-off: Education → Consideration');
    expect(main!.route).toBe('Marketing → Sales');
    expect(main!.commitments.items).toEqual(['Sales follows up within 24 business hours, with 6 attempts.', '120 leads per month.']);
    expect(main!.rejectionReasons.items).toContain('Student or competitor');
    expect(back!.heading).toBe('Hand-back: Consideration → Education');
    expect(back!.commitments.items).toEqual([]);
    expect(back!.commitments.empty).toBe('No follow-up or volume commitment was agreed.');
  });

  it('names action owners with their team, and dates the way every machine prints them', () => {
    const { actions, parkingLot, decisions } = section(modelOf(sample()), 'actions');
    expect(actions.items[0]).toEqual({ title: 'Publish the lead definitions in the CRM and the wiki', from: 'Hand-off', owner: 'Kenji Watanabe (Marketing)', due: '17 Dec 2026', status: 'Open' });
    expect(parkingLot.items).toEqual([{ text: 'Do partners get the same lead definitions?', raisedIn: 'Hand-off' }]);
    expect(decisions.items[0]).toMatchObject({ method: 'Fist of five', result: 'Average 4.1; no one below 3', decidedAt: '22 Nov 2026, 09:00 UTC' });
  });

  it('gives the pulse chart one bar per team and statement, the biggest gap first', () => {
    const { statements, teams, intro } = section(modelOf(sample()), 'pulse');
    expect(intro).toMatch(/^9 participants scored/);
    expect(teams.map((t) => t.name)).toEqual(['Marketing', 'Sales', 'Leadership', 'Customer Success']);
    const gaps = statements.items.map((s) => Number(s.gapText.replace('Gap ', '')));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    const first = statements.items[0]!;
    expect(first.averages.map((a) => a.team.name)).toEqual(['Marketing', 'Sales', 'Leadership', 'Customer Success']);
    expect(first.averages[0]!.averageText).toBe(first.averages[0]!.average.toFixed(1));
  });

  it('says in words that a section is empty rather than leaving it out', () => {
    const blank = aWorkshop('blank');
    const model = modelOf(blank);
    expect(model.sections.map((s) => s.id)).toEqual(CHARTER_SECTION_IDS.filter((id) => id !== 'sinceLastTime'));
    expect(section(model, 'bestCustomers').customers).toEqual({ items: [], empty: 'No best customers were named.' });
    expect(section(model, 'buyingProcess').stages.empty).toBe('No stages of the buying process were mapped.');
    expect(section(model, 'summary').swimlanes.empty).toBe('No stages were mapped, so there are no swimlanes.');
    expect(section(model, 'handoff').handoffs.empty).toBe('No hand-off was agreed.');
    expect(section(model, 'actions').decisions.empty).toBe('No decisions were recorded.');
    expect(section(model, 'signatures').signatures.empty).toBe('Nobody has signed version 1 yet.');
  });

  describe('signatures', () => {
    const signedSample = () => {
      // Its two open points accepted, Leila Haddad (p9) absent, the sponsor and Tomasz signed.
      const w = applyAll(readyToSign(sample()), { type: 'markAbsent', participantId: 'p9' });
      return applyAll(w, signCommand(w, 'p1', 'Marguerite Fontaine'), signCommand(w, 'p2', 'Tomasz Wiśniewski'));
    };

    it('records each signature with its typed name, team, local time with offset and zone, statement and drawn strokes', () => {
      const w = signedSample();
      const signatures = section(modelOf(w), 'signatures');
      expect(signatures.version).toBe('Charter version 1');
      expect(signatures.fingerprint).toBe(fingerprintOf(w));
      expect(signatures.signatures.items[0]).toEqual({
        typedName: 'Marguerite Fontaine',
        participantName: 'Marguerite Fontaine',
        team: { id: 'leadership', name: 'Leadership' },
        sponsor: true,
        signedAt: '22 November 2026, 10:00 (UTC+01:00, Europe/Berlin)',
        statement: w.signoff.signatures[0]!.statement,
        strokesPath: strokesToSvgPath(SOME_STROKES),
      });
      expect(signatures.signatures.items[1]).toMatchObject({ typedName: 'Tomasz Wiśniewski', sponsor: false, team: { name: 'Sales' } });
    });

    it('lists who has not signed yet and who is absent', () => {
      const signatures = section(modelOf(signedSample()), 'signatures');
      expect(signatures.absent.items).toEqual([{ name: 'Leila Haddad', detail: 'Customer Success' }]);
      expect(signatures.notSigned.items.map((p) => p.name)).toEqual(['Aisha Bello', 'Jonas Weiß', 'Priya Raghunathan', 'Mateus Araújo', 'Zoë Lindqvist', 'Kenji Watanabe']);
    });

    it('shows the open warnings and which ones the facilitator accepted', () => {
      const w = sample();
      const keys = signoffWarnings(w).map((x) => x.key);
      expect(keys.length).toBeGreaterThan(1);
      const accepted = applyAll(w, { type: 'acceptWarnings', keys: [keys[0]!] });
      const { warnings } = section(modelOf(accepted), 'signatures');
      expect(warnings.items.map((x) => x.status)).toEqual(['Accepted as it is', ...keys.slice(1).map(() => 'Open')]);
      expect(warnings.items[0]!.message).toBe(signoffWarnings(w)[0]!.message);
    });

    it('says plainly what the sign-off is, and never claims more', () => {
      const model = modelOf(signedSample());
      const signatures = section(model, 'signatures');
      expect(signatures.nature).toBe(SIGNOFF_NATURE);
      expect(SIGNOFF_NATURE).toContain("a simple electronic sign-off, tamper-evident when checked with Accord, timed by the facilitator's device clock");
      expect(JSON.stringify(model)).not.toMatch(/legally binding|certified|tamper-proof/i);
    });

    it('says that an earlier signed version was superseded, and by which version', () => {
      const signed = signedSample();
      const edited = applyAll(signed, { type: 'updateSetup', patch: { venue: 'Another room' } });
      expect(edited.signoff.charterVersion).toBe(2);
      const old = buildCharterModel(signedVersionRecord(edited, 1, 'letter')!);
      expect(section(old, 'signatures').superseded).toBe('Superseded by version 2: this is version 1, kept as it was signed. The charter changed after it was signed, and version 2 must be signed again.');
      expect(section(old, 'cover').versionLine).toContain('Superseded by version 2');
      expect(old.paperSize).toBe('letter');
      expect(section(modelOf(edited), 'signatures').superseded).toBeNull();
    });

    it('prints an earlier version with who was absent for it and the points accepted for it, not as the current version has them', () => {
      const signed = signedSample();
      const edited = applyAll(signed, { type: 'updateSetup', patch: { venue: 'Another room' } });
      const old = section(buildCharterModel(signedVersionRecord(edited, 1, 'a4')!), 'signatures');
      expect(old.absent.items).toEqual([{ name: 'Leila Haddad', detail: 'Customer Success' }]);
      expect(old.notSigned.items.map((p) => p.name)).not.toContain('Leila Haddad');
      expect(old.warnings.items.map((x) => x.message)).toEqual(signoffWarnings(signed).map((x) => x.message));
      expect(old.warnings.items.map((x) => x.status)).toEqual(['Accepted as it is', 'Accepted as it is']);
      // Version 2 starts with nobody absent and nothing accepted: its own sign-off record.
      const current = section(modelOf(edited), 'signatures');
      expect(current.absent.items).toEqual([]);
      expect(current.notSigned.items.map((p) => p.name)).toContain('Leila Haddad');
      expect(current.warnings.items.map((x) => x.status)).toEqual(['Open', 'Open']);
    });
  });

  it('carries the running footer: company, version and the short fingerprint', () => {
    const w = sample();
    const model = modelOf(w);
    expect(model.footer).toEqual({ company: 'Kestrel Fleet Systems', version: 'Charter version 1', fingerprint: `Fingerprint ${fingerprintOf(w).slice(0, 12)}` });
    expect(model.shortFingerprint).toHaveLength(12);
    const untitled = modelOf(applyAll(aWorkshop(), { type: 'updateSetup', patch: { company: '  ' } }));
    expect(untitled.footer.company).toBe('Alignment day');
    const long = modelOf(applyAll(aWorkshop(), { type: 'updateSetup', patch: { company: 'Ä'.repeat(80) } }));
    expect(long.footer.company).toBe(`${'Ä'.repeat(59)}…`);
    expect(section(long, 'cover').company).toBe('Ä'.repeat(80));
  });

  it('names a sponsor by the typed name when the linked participant’s name is blank', () => {
    const w = applyAll(
      sample(),
      { type: 'addItem', collection: 'participants', item: { id: 'blank', name: ' ', jobTitle: '', teamId: 'marketing' } },
      { type: 'addItem', collection: 'sponsors', item: { id: 's-blank', participantId: 'blank', name: 'Ruth Adeyemi', role: '' } },
    );
    expect(JSON.stringify(buildCharterModel(currentCharterRecord(w, 'f'.repeat(64), 'a4')))).toContain('Ruth Adeyemi');
  });

  it('shows every text a person typed into the charter somewhere in the document', { timeout: PROPERTY_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(anyWorkshop, (w) => {
        let record: CharterRecord;
        try {
          record = recordOf(w);
        } catch {
          // A broken character has no fingerprint; the model does not need one to be built.
          record = currentCharterRecord(w, 'f'.repeat(64), 'a4');
        }
        const shown = stringsIn(buildCharterModel(record));
        for (const { path, text } of userTexts(record.content)) {
          if (!shown.some((s) => s.includes(text))) throw new Error(`${path} (${JSON.stringify(text)}) is not in the charter`);
        }
      }),
      { numRuns: propertyRuns(60) },
    );
  });

  it('shows every text of the sample workshop', () => {
    const record = recordOf(sample());
    const shown = stringsIn(buildCharterModel(record));
    const texts = userTexts(record.content);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter(({ text }) => !shown.some((s) => s.includes(text)))).toEqual([]);
  });
});

describe('the sign-off status a charter prints', () => {
  const sample = () => readyToSign(createSampleWorkshop(T0));
  const statusOf = (w: Workshop, version = w.signoff.charterVersion) => {
    const record = version === w.signoff.charterVersion ? currentCharterRecord(w, fingerprintOf(w), 'a4') : signedVersionRecord(w, version, 'a4')!;
    const model = buildCharterModel(record);
    const cover = model.sections.find((s) => s.id === 'cover')!;
    const signatures = model.sections.find((s) => s.id === 'signatures')!;
    expect(cover.id === 'cover' && signatures.id === 'signatures' && cover.details.at(-1)).toEqual({ label: 'Sign-off', text: signatures.id === 'signatures' && signatures.signoffStatus.text });
    return signatures.id === 'signatures' ? signatures.signoffStatus : null;
  };

  it('says “not final” with how many signed while anyone present has not signed', () => {
    const w = applyAll(sample(), signCommand(sample(), 'p1', 'Marguerite Fontaine'), { type: 'markAbsent', participantId: 'p9' });
    expect(statusOf(w)).toEqual({ final: false, text: 'Not final: 1 of 9 participants signed, 1 marked absent; 7 not signed yet.' });
  });

  it('says “final” once everyone signed or was marked absent, and an earlier version says how many signed it', () => {
    let w = sample();
    for (const p of w.participants.slice(0, 8)) w = applyAll(w, signCommand(w, p.id, p.name));
    w = applyAll(w, { type: 'markAbsent', participantId: 'p9' });
    expect(statusOf(w)).toEqual({ final: true, text: 'Final: 8 of 9 participants signed, 1 marked absent.' });
    const edited = applyAll(w, { type: 'updateSetup', patch: { venue: 'Elsewhere' } });
    expect(statusOf(edited, 1)).toEqual({ final: false, text: 'Signed version: 8 of 9 participants signed, 1 marked absent.' });
    expect(statusOf(edited)).toEqual({ final: false, text: 'Not final: 0 of 9 participants signed; 9 not signed yet.' });
  });
});

describe('where an action came from', () => {
  const fromOf = (w: Workshop) => section(modelOf(w), 'actions').actions.items.map((a) => a.from);

  it('names the stage when there is one, else the part of the day, else nothing', () => {
    const w = sample();
    const stage = w.stages[2]!;
    const edited = applyAll(
      w,
      { type: 'updateItem', collection: 'actions', id: 'a1', patch: { stageId: stage.id } },
      { type: 'updateItem', collection: 'actions', id: 'a3', patch: { topic: null } },
    );
    expect(fromOf(edited)).toEqual([stage.name, 'Operating rhythm', '']);
  });

  it('falls back to the part of the day when the stage is no longer mapped', () => {
    const w = applyAll(sample(), { type: 'updateItem', collection: 'actions', id: 'a1', patch: { stageId: sample().stages[0]!.id } });
    const removed = applyAll(w, { type: 'removeItem', collection: 'stages', id: w.stages[0]!.id });
    expect(fromOf(removed)[0]).toBe('Hand-off');
  });
});

describe('Since last time (a check-in’s charter)', () => {
  const fixture = checkInFixture();
  const lookBack = (w: Workshop) => section(modelOf(w), 'sinceLastTime');

  it('follows the summary in a check-in, and is absent from a first workshop’s charter, whose fingerprint is unchanged', () => {
    expect(modelOf(fixture).sections.map((s) => s.id)).toEqual([...CHARTER_SECTION_IDS]);
    expect(modelOf(fixture).sections[2]!.title).toBe('Since last time');
    const first = sample();
    expect(modelOf(first).sections.map((s) => s.id)).not.toContain('sinceLastTime');
    expect(charterContent(first)).not.toHaveProperty('checkIn');
    expect(fingerprintOf(first)).toBe(fingerprintOf({ ...first, checkIn: null }));
  });

  it('names the workshop it follows: title, date, the charter version signed and its fingerprint’s short form', () => {
    const s = lookBack(fixture);
    const earlier = fixture.checkIn!.earlier[0]!;
    expect(s.earlier).toEqual([{ title: 'Kestrel sales & marketing alignment day', date: '3 Dec 2026', version: 'Version 2', fingerprint: earlier.fingerprint.slice(0, 12) }]);
    expect(s.intro).toBe(
      'This check-in follows Kestrel sales & marketing alignment day (3 December 2026), as signed in its charter version 2. What became of what was agreed there, and how the teams score the pulse now.',
    );
  });

  it('gives the pulse per team then and now per statement, and what happened to each gap', () => {
    const { pulse } = lookBack(fixture);
    expect(pulse.daysHeading).toBe('Per team: 3 Dec 2026 → now');
    const first = pulse.statements.items[0]!;
    expect(first).toMatchObject({ number: 1, text: fixture.pulse.statements[0]!.text, gap: '1.7 → 2.0', change: 'Widened' });
    expect(first.teams.map((t) => `${t.team.name}: ${t.scores}`)).toEqual(['Marketing: 2.3 → –', 'Sales: 1.3 → 3.0', 'Leadership: 3.0 → 5.0', 'Customer Success: 2.0 → –']);
    // Scored last time only: the gap cannot be compared, and the charter says so rather than "steady".
    expect(pulse.statements.items[3]).toMatchObject({ gap: '1.7 → –', change: 'Not enough scores' });
    // Sales and Leadership, the two teams that scored on both days, were 0.3 and 0.7 apart on statements 2 and 3, and are 2 apart now.
    expect(pulse.statements.items[1]).toMatchObject({ gap: '0.3 → 2.0', change: 'Opened' });
    expect(pulse.summary).toMatch(/^Since last time no gap between the teams closed and 2 opened/);
  });

  it('counts the gaps that closed and opened', () => {
    // Everyone agrees now on statement 4 (apart by 1.7 last time): that gap closed.
    const statement = fixture.pulse.statements[3]!;
    const agreed = { ...fixture, pulse: { ...fixture.pulse, scores: [...fixture.pulse.scores, ...fixture.participants.map((p) => ({ participantId: p.id, statementId: statement.id, score: 3 }))] } };
    const { pulse } = lookBack(agreed);
    expect(pulse.statements.items[3]).toMatchObject({ gap: '1.7 → 0.0', change: 'Closed' });
    expect(pulse.summary).toMatch(/^Since last time 1 gap between the teams closed and 2 opened/);
  });

  it('lists the actions agreed last time with their outcome and reason, and the share done', () => {
    const { actions } = lookBack(fixture);
    expect(actions.items.items).toEqual([
      { title: 'Publish the lead definitions in the CRM and the wiki', owner: 'Kenji Watanabe', due: '17 Dec 2026', outcome: 'Done', reason: '' },
      { title: 'Set up the fortnightly pipeline review', owner: 'Jonas Weiß', due: '10 Dec 2026', outcome: 'Late', reason: 'Waited for the CRM upgrade' },
      { title: 'Propose the shared-incentive change to HR', owner: 'Marguerite Fontaine', due: '15 Jan 2027', outcome: 'Not reviewed', reason: '' },
    ]);
    expect(actions.summary).toBe('1 of 3 actions agreed last time done (33%); late 1, dropped 0, still open 0; 1 not reviewed yet.');
  });

  it('sets each hand-off commitment against what happened, met or missed, with the notes', () => {
    const { commitments } = lookBack(fixture);
    const route = { handoff: 'Hand-off: Education → Consideration', route: 'Marketing → Sales' };
    expect(commitments.items.items).toEqual([
      { ...route, measure: 'Follow-up time', committed: 'within 24 business hours', actual: '36 business hours', verdict: 'Missed' },
      { ...route, measure: 'Follow-up attempts', committed: 'at least 6 attempts', actual: 'Not recorded', verdict: 'Not recorded' },
      { ...route, measure: 'Lead volume', committed: 'at least 120 leads per month', actual: '131 leads per month', verdict: 'Met' },
    ]);
    expect(commitments.summary).toBe('Of 3 commitments made at the hand-offs last time: 1 met, 1 missed, 1 not recorded.');
    expect(commitments.notes.items).toEqual([{ ...route, note: 'Slower in January: two reps on leave' }]);
  });

  it('says in words when nothing was agreed or reviewed yet', () => {
    const blank = { ...fixture, checkIn: { ...fixture.checkIn!, earlier: [{ ...fixture.checkIn!.earlier[0]!, actions: [], handoffs: [] }], actionReviews: [], commitmentResults: [] } };
    const s = lookBack(blank);
    expect(s.actions.summary).toBe('No actions were agreed last time.');
    expect(s.actions.items.items).toEqual([]);
    expect(s.commitments.items).toEqual({ items: [], empty: 'No follow-up or volume commitment was agreed last time.' });
    expect(s.commitments.notes.items).toEqual([]);
  });

  it('shows every day of a longer series, oldest first', () => {
    const signedFirst = (() => {
      const ready = readyToSign(createSampleWorkshop(T0));
      return applyAll(ready, signCommand(ready, ready.participants[0]!.id));
    })();
    const checkInOf = (source: Workshop, id: string) => {
      const signed = latestSignedCharter(source, () => charterContent(source))!;
      return createCheckIn(source, signed, { id, now: '2027-03-01T09:00:00.000Z', newId: sequentialIds(id) });
    };
    const second = readyToSign(checkInOf(signedFirst, 'c1'));
    const signedSecond = applyAll(second, signCommand(second, second.participants[0]!.id));
    const third = checkInOf(signedSecond, 'c2');
    const s = lookBack(third);
    expect(s.earlier.map((e) => e.title)).toEqual(['Kestrel sales & marketing alignment day', 'Kestrel sales & marketing alignment day: check-in']);
    expect(s.intro).toMatch(/^This check-in follows 2 workshops of the same series, each as signed; the last was Kestrel sales & marketing alignment day: check-in/);
    expect(s.pulse.daysHeading).toMatch(/^Per team: 3 Dec 2026 → .+ → now$/);
    // The first day's averages, then the second's (nobody scored), then now's.
    expect(s.pulse.statements.items[0]!.teams[0]!.scores).toMatch(/^\d\.\d → – → –$/);
  });

  it('shows the room’s own words from the review (reasons and notes)', () => {
    const shown = stringsIn(modelOf(fixture));
    for (const review of fixture.checkIn!.actionReviews) if (review.reason) expect(shown.some((s) => s.includes(review.reason))).toBe(true);
    for (const result of fixture.checkIn!.commitmentResults) if (result.note) expect(shown.some((s) => s.includes(result.note))).toBe(true);
  });
});
