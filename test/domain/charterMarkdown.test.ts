import { describe, expect, it } from 'vitest';
import { buildCharterModel, type CharterModel } from '../../src/domain/charterModel';
import { charterMarkdown } from '../../src/domain/charterMarkdown';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { checkInFixture } from '../helpers/checkInFixture';
import { fingerprintOf, T0 } from '../helpers/domainBuilders';

const modelOf = (w: Workshop): CharterModel => buildCharterModel(currentCharterRecord(w, fingerprintOf(w), 'a4'));
const WJ = '\u2060';

describe('charterMarkdown', () => {
  it('has every section: the document title first, then each section title as a level-2 heading', () => {
    const model = modelOf(createSampleWorkshop(T0));
    const lines = charterMarkdown(model).split('\n');
    expect(lines[0]).toBe('# Kestrel sales & marketing alignment day');
    const titles = model.sections.filter((s) => s.id !== 'cover').map((s) => `## ${s.title}`);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(titles);
  });

  it('keeps the charter’s words: actions, decisions and the fingerprint are there as the model says them', () => {
    const workshop = createSampleWorkshop(T0);
    const markdown = charterMarkdown(modelOf(workshop));
    expect(markdown).toContain('| Set up the fortnightly pipeline review | Operating rhythm | Jonas Weiß (Sales) | 10 Dec 2026 | In progress |');
    expect(markdown).toContain(`Fingerprint: ${fingerprintOf(workshop)}`);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes what would start a block at the start of a line, and what would make inline syntax anywhere', () => {
    const workshop = createSampleWorkshop(T0);
    workshop.rhythm.glossary = [
      { id: 'g1', term: 'T', definition: '# not a heading\n> not a quote\n- not a list\n1. not a list\n2) nor this\n+ nor this\n=== nor this' },
      { id: 'g2', term: 'U', definition: '[x](javascript:alert(1)) ![i](http://x/y.png) <script> `code` *a* _b_ ~c~ a|b $x$ &amp; R&D \\' },
    ];
    const markdown = charterMarkdown(modelOf(workshop));
    expect(markdown).toContain(['- T: \\# not a heading', '  \\> not a quote', '  \\- not a list', '  1\\. not a list', '  2\\) nor this', '  \\+ nor this', '  \\=== nor this'].join('\\\n'));
    expect(markdown).toContain(`- U: \\[x\\](javascript:alert(1)) !\\[i\\](http:${WJ}//x/y.png) \\<script> \\\`code\\\` \\*a\\* \\_b\\_ \\~c\\~ a\\|b \\$x\\$ \\&amp; R\\&D \\\\`);
  });

  it('breaks GFM autolink literals with a word joiner: www., ://, and @', () => {
    const workshop = createSampleWorkshop(T0);
    workshop.rhythm.glossary = [{ id: 'g1', term: 'T', definition: 'www.example.com https://evil.example mail@example.com' }];
    expect(charterMarkdown(modelOf(workshop))).toContain(`- T: www${WJ}.example.com https:${WJ}//evil.example mail@${WJ}example.com`);
  });

  it('trims each line and keeps line breaks as hard breaks, blank lines included', () => {
    const workshop = createSampleWorkshop(T0);
    workshop.rhythm.glossary = [{ id: 'g1', term: 'T', definition: '\n  first  \r\n\r\n\tthird\n\n' }];
    expect(charterMarkdown(modelOf(workshop))).toContain('- T: first\\\n  \\\n  third\n');
  });

  it('says where each action came from, and leaves the From column out when no action says', () => {
    const workshop = createSampleWorkshop(T0);
    expect(charterMarkdown(modelOf(workshop))).toContain('| Action | From | Owner | Due | Status |');
    const unsaid = { ...workshop, actions: workshop.actions.map((a) => ({ ...a, topic: null })) };
    const markdown = charterMarkdown(modelOf(unsaid));
    expect(markdown).toContain('| Action | Owner | Due | Status |');
    expect(markdown).toContain('| Set up the fortnightly pipeline review | Jonas Weiß (Sales) | 10 Dec 2026 | In progress |');
  });

  it('has Since last time in a check-in only: the workshop it follows, the pulse then and now, last time’s actions and the hand-off numbers', () => {
    expect(charterMarkdown(modelOf(createSampleWorkshop(T0)))).not.toContain('Since last time');
    const checkIn = checkInFixture();
    const markdown = charterMarkdown(modelOf(checkIn));
    const lines = markdown.split('\n');
    expect(lines.filter((line) => line.startsWith('## ')).slice(0, 2)).toEqual(['## Summary', '## Since last time']);
    const short = checkIn.checkIn!.earlier[0]!.fingerprint.slice(0, 12);
    expect(markdown).toContain(`| Kestrel sales & marketing alignment day | 3 Dec 2026 | Version 2 | ${short} |`);
    expect(markdown).toContain('| 1 | We have one shared, written definition of a sales-ready lead. | Marketing: 2.3 → –; Sales: 1.3 → 3.0; Leadership: 3.0 → 5.0; Customer Success: 2.0 → – | 1.7 → 2.0 | Widened |');
    expect(markdown).toContain('| Set up the fortnightly pipeline review | Jonas Weiß | 10 Dec 2026 | Late | Waited for the CRM upgrade |');
    expect(markdown).toContain('| Hand-off: Education → Consideration (Marketing → Sales) | Follow-up time | within 24 business hours | 36 business hours | Missed |');
    expect(markdown).toContain('1 of 3 actions agreed last time done (33%)');
    expect(markdown).toContain('  Slower in January: two reps on leave');
  });
});
