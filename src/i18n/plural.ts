/**
 * Counted nouns through Intl.PluralRules: each language pack names the forms its language has
 * (English one/other; Czech one/few/other; German one/other), and the rules pick one.
 */

/** The forms of a counted noun by CLDR plural category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `counter('cs')(5, { one: 'dohoda', few: 'dohody', other: 'dohod' })` is "5 dohod". */
export function counter(intlTag: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(intlTag);
  return (n, forms) => `${n} ${forms[rules.select(n)] ?? forms.other}`;
}
