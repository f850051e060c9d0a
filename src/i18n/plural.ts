/** Counted nouns in English and Czech. */

/** The forms of a counted noun: one, two to four, five and more (Czech needs all three). */
export type Plural = readonly [one: string, few: string, many: string];

/** "1 item", "3 items"; Czech: "1 dohoda", "3 dohody", "5 dohod" (and "0 dohod"). */
export function plural(n: number, forms: Plural): string {
  const form = n === 1 ? forms[0] : n >= 2 && n <= 4 ? forms[1] : forms[2];
  return `${n} ${form}`;
}
