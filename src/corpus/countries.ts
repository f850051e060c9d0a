/**
 * Country names, aliases and adjectives for Europe, its neighbours and the main partner countries
 * of migration dialogues. Used to read "Country: Czechia", "the Czech Republic", "Czech and Slovak
 * ministers" alike, and to give libphonenumber a default region.
 */
import { fold } from './clean.ts';

export interface Country {
  name: string;
  code: string;
  /** Other names and adjectives, as they appear in text. */
  aliases: string[];
}

const TABLE: Array<[code: string, name: string, aliases: string]> = [
  ['AL', 'Albania', 'Albanian'], ['AM', 'Armenia', 'Armenian'], ['AT', 'Austria', 'Austrian'],
  ['AZ', 'Azerbaijan', 'Azerbaijani'], ['BY', 'Belarus', 'Belarusian'], ['BE', 'Belgium', 'Belgian'],
  ['BA', 'Bosnia and Herzegovina', 'Bosnian'], ['BG', 'Bulgaria', 'Bulgarian'], ['HR', 'Croatia', 'Croatian'],
  ['CY', 'Cyprus', 'Cypriot'], ['CZ', 'Czechia', 'Czech Republic|Czech|Česko|Česká republika|Czechoslovak'],
  ['DK', 'Denmark', 'Danish'], ['EE', 'Estonia', 'Estonian'], ['FI', 'Finland', 'Finnish'],
  ['FR', 'France', 'French'], ['GE', 'Georgia', 'Georgian'], ['DE', 'Germany', 'German'],
  ['GR', 'Greece', 'Greek'], ['HU', 'Hungary', 'Hungarian'], ['IS', 'Iceland', 'Icelandic'],
  ['IE', 'Ireland', 'Irish'], ['IT', 'Italy', 'Italian'], ['XK', 'Kosovo', 'Kosovar'],
  ['LV', 'Latvia', 'Latvian'], ['LI', 'Liechtenstein', ''], ['LT', 'Lithuania', 'Lithuanian'],
  ['LU', 'Luxembourg', ''], ['MT', 'Malta', 'Maltese'], ['MD', 'Moldova', 'Moldovan|Republic of Moldova'],
  ['ME', 'Montenegro', 'Montenegrin'], ['NL', 'Netherlands', 'Dutch|the Netherlands'],
  ['MK', 'North Macedonia', 'Macedonian'], ['NO', 'Norway', 'Norwegian'], ['PL', 'Poland', 'Polish'],
  ['PT', 'Portugal', 'Portuguese'], ['RO', 'Romania', 'Romanian'], ['RU', 'Russia', 'Russian Federation|Russian'],
  ['RS', 'Serbia', 'Serbian'], ['SK', 'Slovakia', 'Slovak Republic|Slovak|Slovensko'],
  ['SI', 'Slovenia', 'Slovenian|Slovene'], ['ES', 'Spain', 'Spanish'], ['SE', 'Sweden', 'Swedish'],
  ['CH', 'Switzerland', 'Swiss'], ['TR', 'Türkiye', 'Turkey|Turkish'], ['UA', 'Ukraine', 'Ukrainian'],
  ['GB', 'United Kingdom', 'UK|British|Great Britain'], ['AF', 'Afghanistan', 'Afghan'],
  ['DZ', 'Algeria', 'Algerian'], ['BD', 'Bangladesh', 'Bangladeshi'], ['CN', 'China', 'Chinese'],
  ['EG', 'Egypt', 'Egyptian'], ['ER', 'Eritrea', 'Eritrean'], ['IN', 'India', 'Indian'],
  ['IR', 'Iran', 'Iranian'], ['IQ', 'Iraq', 'Iraqi'], ['JO', 'Jordan', 'Jordanian'],
  ['LB', 'Lebanon', 'Lebanese'], ['LY', 'Libya', 'Libyan'], ['MA', 'Morocco', 'Moroccan'],
  ['NG', 'Nigeria', 'Nigerian'], ['PK', 'Pakistan', 'Pakistani'], ['SO', 'Somalia', 'Somali'],
  ['SY', 'Syria', 'Syrian'], ['TN', 'Tunisia', 'Tunisian'], ['US', 'United States', 'USA|American'],
  ['VN', 'Vietnam', 'Vietnamese|Viet Nam'],
];

export const COUNTRIES: readonly Country[] = TABLE.map(([code, name, aliases]) => ({
  code,
  name,
  aliases: aliases ? aliases.split('|') : [],
}));

const BY_FOLDED_NAME = new Map<string, Country>();
for (const country of COUNTRIES) {
  for (const name of [country.name, country.code, ...country.aliases]) BY_FOLDED_NAME.set(fold(name), country);
}

/** The country a name, alias, adjective or ISO code stands for ("Czech Republic" -> Czechia). */
export function findCountry(name: string): Country | undefined {
  return BY_FOLDED_NAME.get(fold(name.trim()));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest names first, so "Czech Republic" wins over "Czech". Codes are left out: too ambiguous. */
const MENTION = new RegExp(
  `(?<![\\p{L}])(${COUNTRIES.flatMap((c) => [c.name, ...c.aliases])
    .filter((name) => name.length > 2)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

/** Countries mentioned in a text, most mentioned first (ties: first mentioned first). */
export function countriesMentioned(text: string): string[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(MENTION)) {
    const country = findCountry(match[1] ?? '');
    if (country) counts.set(country.name, (counts.get(country.name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
