/**
 * Counted nouns with real plurals ("1 stage", "11 stages"), chosen through Intl.PluralRules so
 * that a later translation only adds forms, never rewrites call sites.
 */
export interface NounForms {
  one: string;
  other: string;
  /** Forms some languages need (few, many, two, zero); English uses one and other only. */
  few?: string;
  many?: string;
  two?: string;
  zero?: string;
}

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The noun form that goes with `count`, without the number: `nounFor(2, STAGE)` → "stages". */
export function nounFor(count: number, forms: NounForms, locale = 'en'): string {
  const category = pluralRules(locale).select(count) as keyof NounForms;
  return forms[category] ?? forms.other;
}

/** The count and its noun: `countNoun(11, { one: 'stage', other: 'stages' })` → "11 stages". */
export function countNoun(count: number, forms: NounForms, locale = 'en'): string {
  return `${count} ${nounFor(count, forms, locale)}`;
}
