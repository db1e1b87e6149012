import { describe, expect, it } from 'vitest';
import { buildCharterModel, type CharterModel } from '../../src/domain/charterModel';
import { charterMarkdown } from '../../src/domain/charterMarkdown';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
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
    expect(markdown).toContain('| Set up the fortnightly pipeline review | Jonas Weiß (Sales) | 10 Dec 2026 | In progress |');
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
});
