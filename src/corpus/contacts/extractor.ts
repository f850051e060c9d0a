/**
 * Contact points: one per row of a contact table (its own name and country), and from the rest of
 * the tree the card, definition-list, <address>, labelled-line and prose rules of lines.ts.
 * E-mail header blocks (From/To/Cc) are never contacts; a signature inside a quoted e-mail is.
 */
import { type Block, blocksToLines, walkBlocks } from '../blocks.ts';
import { cleanLines, fold } from '../clean.ts';
import { cityFromAddress, emailsInValue, extractContacts, HEADS_APART, namesHeadPost } from './lines.ts';
import { countriesMentioned, findCountry } from '../countries.ts';
import { has247, parsePhoneNumbers, phonesInValue, regionForCountry, type CountryCode } from './phones.ts';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { ContactPoint } from '../types.ts';
import { COUNTRIES_OF_LANGUAGE, detectLanguage } from '../language.ts';
import type { Extractor } from '../extractors/types.ts';

type Role = 'email' | 'fax' | 'phone' | 'address' | 'country' | 'city' | 'head' | 'post' | 'name' | 'other';

const ROLES: Array<[Role, RegExp]> = [
  ['email', /\be-?mail|\bmail\b/],
  ['fax', /\bfax/],
  [
    'phone',
    /\b(?:tel|telephone|telefon|phone|mobile?|mobil|gsm|hotline|linka|stala sluzba|duty|pohotovost|24\/7|non-?stop|number|cislo)\b/,
  ],
  ['address', /\b(?:address|adresa|sidlo|postal|mailing|anschrift)\b/],
  ['country', /\b(?:country|countries|zeme|stat|state|member state|nation)\b/],
  ['city', /\b(?:city|town|mesto|obec)\b/],
  [
    'head',
    /\b(?:head|director|chief|commander|vedouci|reditel\w*|nacelnik\w*|contact person|kontaktni osoba|person|osoba)\b/,
  ],
  // A column of posts ("Funktion | Name | Telefon"): each row is a person of the page's unit.
  ['post', /\b(?:funktion|funkce|funkcia|function|position|pozice|pozicia|dienststellung|rolle|role)\b/],
  [
    'name',
    /\b(?:name|nazev|organi[sz]ation|organizace|instituce|institution|unit|utvar|office|urad|authority|contact point|kontaktni misto|department|odbor|agency|body|service|sluzba|point)\b/,
  ],
];

const roleOfHeader = (header: string): Role => ROLES.find(([, pattern]) => pattern.test(fold(header)))?.[0] ?? 'other';

/** A header-less row: what each cell holds, by its content. */
function roleOfCell(cell: string, region?: CountryCode): Role {
  if (/@/.test(cell) && emailsInValue('', cell).length > 0) return 'email';
  if (parsePhoneNumbers(cell, region).some((phone) => phone.e164)) return 'phone';
  if (findCountry(cell)) return 'country';
  return 'name';
}

function rowContact(
  header: readonly string[],
  row: readonly string[],
  fallbackCountry: string | undefined,
  title: string,
): ContactPoint | undefined {
  const roles =
    header.length > 0
      ? header.map(roleOfHeader)
      : row.map((cell) => roleOfCell(cell, regionForCountry(fallbackCountry)));
  const cellsOf = (role: Role) => row.filter((cell, i) => roles[i] === role && cell.trim() !== '');
  // A column of another kind ("Provoz": the hours) names the unit only when no column is headed as its name.
  const named = cellsOf('name');
  const names = (named.length > 0 ? named : cellsOf('other')).filter((cell) => !/@|\d{3}/.test(cell));
  // The row's own country, from a column or its name; the page's only reads its numbers, as a row
  // of a Slovak page's table may dial Slovakia though the page speaks most of Czechia.
  const country = findCountry(cellsOf('country')[0] ?? '')?.name ?? countriesMentioned(names.join(' '))[0];
  const region = regionForCountry(country ?? fallbackCountry);
  const labelOf = (i: number) => header[i] ?? '';
  const phones = row.flatMap((cell, i) =>
    roles[i] === 'phone' || roles[i] === 'fax'
      ? phonesInValue(labelOf(i) || (roles[i] === 'fax' ? 'Fax' : 'Tel'), cell, region)
      : [],
  );
  const emails = row.flatMap((cell, i) => (roles[i] === 'email' ? emailsInValue(labelOf(i), cell) : []));
  if (phones.length + emails.length === 0) return undefined;
  const address = cellsOf('address')[0];
  const city = cellsOf('city')[0] ?? (address ? cityFromAddress(address) : undefined);
  const headCell = row.findIndex((cell, i) => roles[i] === 'head' && cell.trim() !== '');
  // A row of a table of posts is a person of the page's unit, named by their post: the post is not a unit's name.
  const [post] = cellsOf('post');
  const person = names[0];
  if (post && person) {
    const contact: ContactPoint = {
      organisation: title,
      unit: post,
      divisions: [],
      ...(country ? { country } : {}),
      phones: phones.map((phone) => ({ ...phone, label: post })),
      emails,
      head: { role: post, name: person },
      available247: phones.some((phone) => phone.available247) || has247(row.join(' ')),
    };
    PEOPLE.add(contact);
    return contact;
  }
  return {
    organisation: names[0] ?? title,
    ...(names[1] ? { unit: names[1] } : {}),
    divisions: [],
    ...(address ? { address } : {}),
    ...(city ? { city } : {}),
    ...(country ? { country } : {}),
    phones,
    emails,
    ...(headCell >= 0 ? { head: { role: labelOf(headCell), name: row[headCell]! } } : {}),
    available247: phones.some((phone) => phone.available247) || has247(row.join(' ')),
  };
}

/** Names as long as this, at least, are a unit's name a post can hold ("SKP Hodonín"), not a stray word. */
const MIN_UNIT_NAME = 4;

/**
 * People named apart from any card, by a post naming their unit ("Vedúca SKP Jarovce – Kittsee
 * (slovenská časť): pplk. Mgr. …" below the table listing SKP Jarovce – Kittsee): each joins that
 * unit's card, as its head or after it. Those whose unit the page does not list are dropped.
 */
function withHeadsJoined(found: ContactPoint[]): ContactPoint[] {
  const cards = found.filter((contact) => !HEADS_APART.has(contact));
  for (const point of found.filter((contact) => HEADS_APART.has(contact)))
    for (const person of [point.head, ...(point.staff ?? [])]) {
      if (!person) continue;
      const post = fold(person.role);
      const unit = cards.find((card) =>
        [card.unit, card.organisation].some(
          (name) => name !== undefined && fold(name).length >= MIN_UNIT_NAME && post.includes(fold(name)),
        ),
      );
      if (!unit) continue;
      if (!unit.head) unit.head = person;
      else unit.staff = [...(unit.staff ?? []), person];
    }
  return cards;
}

/** Points read from rows of a table of posts: people of the page's unit, not units. */
const PEOPLE = new WeakSet<ContactPoint>();

/**
 * The people of a table of posts ("Leitung": Funktion | Name | Telefon) join the card of the unit
 * the page is about (the point named by its title): its head (the first whose post heads it) and
 * the others, each with their own lines labelled by their post. A page without that card keeps
 * them as points of their own.
 */
function withPeopleJoined(found: ContactPoint[], title: string): ContactPoint[] {
  const unit = found.find(
    (contact) => !PEOPLE.has(contact) && !contact.unit && fold(contact.organisation) === fold(title),
  );
  const people = found.filter((contact) => PEOPLE.has(contact));
  if (!unit || people.length === 0) return found;
  const posts = people.flatMap((person) => (person.head ? [person.head] : []));
  const head = unit.head ?? posts.find((post) => namesHeadPost(post.role));
  if (head) unit.head = head;
  const staff = posts.filter((post) => post !== head);
  if (staff.length > 0) unit.staff = [...(unit.staff ?? []), ...staff];
  for (const person of people) {
    unit.phones.push(...person.phones);
    unit.emails.push(...person.emails);
  }
  return found.filter((contact) => !PEOPLE.has(contact));
}

function tableContacts(blocks: readonly Block[], country: string | undefined, title: string): ContactPoint[] {
  const found: ContactPoint[] = [];
  for (const { block } of walkBlocks(blocks)) {
    if (block.type !== 'table' || isCardTable(block)) continue;
    // A table whose header names no contact column is data, not a directory.
    if (block.header.length > 0 && !block.header.some((cell) => ['email', 'fax', 'phone'].includes(roleOfHeader(cell))))
      continue;
    for (const row of block.rows) {
      const contact = rowContact(block.header, row, country, title);
      if (contact) found.push(contact);
    }
  }
  return found;
}

/** A table of label and value: two columns, its first cells short labels. */
const isCardTable = (table: Extract<Block, { type: 'table' }>): boolean =>
  [table.header, ...table.rows].every((row) => row.length === 2) &&
  table.rows.every(([key = '']) => key.length <= 40 && !/\d{3}/.test(key));

/** The tree without what the line rules must not read: tables (read above) and e-mail header blocks. */
function lineBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    // A two-column table ("| Telefon | +49 … |", often with an empty header) is a card of labelled lines.
    if (block.type === 'table' && isCardTable(block)) {
      const rows = [block.header, ...block.rows].filter((row) => row.some((cell) => cell.trim() !== ''));
      return [{ ...block, type: 'pairs', pairs: rows.map(([key = '', value = '']) => ({ key, value })) }];
    }
    if (block.type === 'table' || (block.type === 'pairs' && block.role === 'email-header')) return [];
    return block.type === 'quote' ? [{ ...block, blocks: lineBlocks(block.blocks) }] : [block];
  });
}

/**
 * The region most numbers written with their country code belong to: a Czech page that writes one
 * number as +420 ... and the others nationally is read as Czech, whatever countries it talks about.
 */
function regionOfNumbers(text: string): CountryCode | undefined {
  return mostCommon(
    [...text.matchAll(/\+\s?\d[\d ()./-]{6,18}\d/g)].map((match) => parsePhoneNumberFromString(match[0])?.country),
  );
}

/**
 * Whether the numbers a text writes nationally can be of `region`: one whose numbers start with a
 * trunk 0 ("02 9610 5555") is not where a number written "974 820 111" is dialled.
 */
function fitsNationalNumbers(text: string, region: CountryCode): boolean {
  const national = parsePhoneNumbers(text.slice(0, 20_000), region)
    .filter((phone) => phone.e164 && !/^(?:\+|00)/.test(phone.raw))
    .slice(0, 5);
  // None valid there is no fit ("974 621 499" on a Czech page is no Austrian number).
  return national.length > 0 && national.every((phone) => /^0/.test(phone.raw) || !/^0/.test(phone.national));
}

/** Letters only one nearby language writes: a Czech text (ě, ř, ů) dials Czech numbers, a Slovak one (ľ, ĺ, ŕ, ô) Slovak. */
const regionOfLetters = (text: string): CountryCode | undefined =>
  /[ěřů]/i.test(text) ? 'CZ' : /[ľĺŕô]/i.test(text) ? 'SK' : undefined;

/** The region national numbers are read in: of the international numbers, else of the document's country, if they fit. */
function nationalRegion(text: string, country: string | undefined): CountryCode | undefined {
  const candidates = [regionOfNumbers(text), regionForCountry(country)].filter((r): r is CountryCode => Boolean(r));
  const language = () => detectLanguage(text.slice(0, 5000));
  return (
    candidates.find((region) => fitsNationalNumbers(text, region)) ??
    regionOfLetters(text.slice(0, 5000)) ??
    candidates[0] ??
    (COUNTRIES_OF_LANGUAGE[language() ?? 'en'][0] as CountryCode | undefined)
  );
}

/** The country a contact's first international number belongs to. */
function countryOfPhones(contact: ContactPoint): string | undefined {
  const region = contact.phones
    .map((phone) => (phone.e164 ? parsePhoneNumberFromString(phone.e164)?.country : undefined))
    .find(Boolean);
  return region ? findCountry(region)?.name : undefined;
}

/** The country an e-mail's domain names ("sirene@minv.sk"), when it is a country's. */
function countryOfMail(contact: ContactPoint): string | undefined {
  const domain = /\.([a-z]{2})$/i.exec(contact.emails[0]?.address ?? '')?.[1];
  return domain ? findCountry(domain)?.name : undefined;
}

/** The value most of a list holds (the first of those tied), undefined ones aside. */
function mostCommon<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const contactKey = (contact: ContactPoint): string =>
  [...contact.phones.map((p) => p.e164 ?? p.raw), ...contact.emails.map((e) => e.address.toLowerCase())]
    .sort()
    .join(',');

/**
 * A unit under another's heading ("### Národná centrála SIRENE" under "## Úrad medzinárodnej
 * policajnej spolupráce") that states no address of its own is at its parent's.
 */
function inheritAddresses(found: ContactPoint[], blocks: readonly Block[]): void {
  const levels = new Map<string, number>();
  for (const { block } of walkBlocks(blocks))
    if (block.type === 'heading' && !levels.has(fold(block.text))) levels.set(fold(block.text), block.level);
  const levelOf = (contact: ContactPoint) => (contact.unit ? levels.get(fold(contact.unit)) : undefined);
  found.forEach((contact, i) => {
    const level = levelOf(contact);
    if (contact.address || level === undefined) return;
    for (let j = i - 1; j >= 0; j--) {
      const parentLevel = levelOf(found[j]!);
      // Siblings (and their own children) are passed over; the nearest unit a level up is the parent.
      if (parentLevel === undefined || parentLevel >= level) continue;
      if (found[j]!.address) {
        contact.address = found[j]!.address;
        if (found[j]!.city) contact.city = found[j]!.city;
      }
      break;
    }
  });
}

/**
 * A name without the neighbour it borders ("Společné kontaktní pracoviště Lanžhot – Kúty (hranice se
 * Slovenskem)" stands in Czechia): the country after "hranice s / hranica s / border with / Grenze zu".
 */
const NEIGHBOUR =
  /(?<!\p{L})(?:hranic\p{L}*|border|grenze)\s+(?:s|se|so|with|zu|zur|mit)\s+(?:der\s+|the\s+)?\p{L}+(?:\s+republi\p{L}*|\s+Republi\p{L}*)?/giu;
const withoutNeighbours = (text: string): string => text.replace(NEIGHBOUR, ' ');

/**
 * Words saying a number is out of use (folded): "the old fax number … is no longer in use", "die
 * bisherige Rufnummer … ist nicht mehr erreichbar", "staré číslo … již neplatí", "pôvodné číslo …
 * už nie je v prevádzke". Data.
 */
const OUT_OF_USE =
  /\b(?:no longer (?:in use|valid|in service|available|operational)|out of service|(?:old|former|previous) (?:fax|phone|telephone|number)|nicht mehr (?:erreichbar|gultig|in betrieb|aktiv)|(?:alte|bisherige)n? (?:fax|telefon|rufnummer|nummer)\w*|(?:jiz|uz) (?:neni|nie je|neplati|nefunguje|nepouziva)|(?:stare|stara|puvodni|povodne) (?:cislo|faxove|telefonni|telefonne)|zrusen\w*|zruseny|zrusene)\b/;

/**
 * Numbers the text says are out of use: each the only number of a sentence saying so, and written in
 * no other sentence. A page announcing "the old fax number … is no longer in use. Our new fax
 * number is …" lists the new one only.
 */
function outOfUse(text: string): Set<string> {
  const retired = new Set<string>();
  // Read sentence by sentence only where some sentence says so: every contact page passes here.
  if (!OUT_OF_USE.test(fold(text))) return retired;
  const current = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u)) {
    const numbers = parsePhoneNumbers(sentence).map((phone) => phone.raw);
    const says = numbers.length === 1 && OUT_OF_USE.test(fold(sentence));
    for (const raw of numbers) (says ? retired : current).add(raw);
  }
  for (const raw of current) retired.delete(raw);
  return retired;
}

/**
 * A unit's address read apart from its numbers (an "Adresse" section, then a "Kontakt" one) is
 * one card: an address-only point joins the point of the same name that has no address, with the
 * people named over the address (a "Leitung" section before it).
 */
function withAddressesJoined(found: ContactPoint[]): ContactPoint[] {
  const nameOf = (contact: ContactPoint) => fold(`${contact.organisation} ${contact.unit ?? ''}`);
  return found.filter((contact) => {
    if (contact.phones.length + contact.emails.length > 0 || !contact.address) return true;
    const twin = found.find(
      (other) => other !== contact && !other.address && other.phones.length > 0 && nameOf(other) === nameOf(contact),
    );
    if (!twin) return true;
    twin.address = contact.address;
    if (contact.city) twin.city = contact.city;
    if (contact.head && !twin.head) {
      twin.head = contact.head;
      if (contact.staff) twin.staff = contact.staff;
    }
    return false;
  });
}

export const contacts: Extractor = {
  name: 'contacts',
  extract({ blocks, lines }, facts) {
    const title = facts.title ?? '';
    const country = facts.country;
    const needsFilter = blocks.some(
      (b) => b.type === 'table' || b.type === 'quote' || (b.type === 'pairs' && b.role === 'email-header'),
    );
    const text = needsFilter
      ? cleanLines(blocksToLines(lineBlocks(blocks)).join('\n')).lines.join('\n')
      : lines.join('\n');
    const regionCode = nationalRegion(text, country);
    const found = [...tableContacts(blocks, country, title), ...extractContacts(text, { title, country, regionCode })];
    const seen = new Set<string>();
    const unique = found.filter((contact) => {
      const key = contactKey(contact);
      if (key && seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // One number written twice in a unit's card ("0961 048 222 (zo zahraničia +421 961 048 222)") is listed once.
    for (const contact of unique) {
      const dialled = new Set<string>();
      contact.phones = contact.phones.filter(
        (phone) => !phone.e164 || (!dialled.has(phone.e164) && !!dialled.add(phone.e164)),
      );
    }
    const retired = outOfUse(text);
    if (retired.size > 0)
      for (const contact of unique) contact.phones = contact.phones.filter((phone) => !retired.has(phone.raw));
    const reachable = withAddressesJoined(
      withHeadsJoined(unique).filter((contact) => contact.phones.length + contact.emails.length > 0 || contact.address),
    );
    const joined = withPeopleJoined(reachable, title);
    inheritAddresses(joined, blocks);
    // Where a unit is: its own name or address says, else the country its numbers dial or its
    // e-mail's domain names, else where the page's other units are (a directorate's card with no
    // number of its own, above its sections' table), else the name of the page it stands on
    // ("Rückübernahmeabkommen mit der Tschechischen Republik" is no Czech unit's page).
    for (const contact of joined)
      contact.country ??=
        countriesMentioned(withoutNeighbours([contact.unit, contact.address].filter(Boolean).join(' ')))[0] ??
        countryOfPhones(contact) ??
        countryOfMail(contact);
    const siblings = mostCommon(joined.map((contact) => contact.country));
    for (const contact of joined) {
      contact.country ??= countriesMentioned(contact.organisation)[0] ?? siblings ?? country;
      if (!contact.country) delete contact.country;
    }
    return { contacts: joined };
  },
};
