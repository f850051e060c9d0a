/**
 * Contact points from a document's cleaned text. Generic rules, no knowledge of any one page:
 * - A contact line is "Label: value", "Label - value" or "Tel. +421 ..." (label ≤ 6 words, no
 *   comma) whose value holds phones, e-mails, an address (address label) or a person (head label).
 *   A run of contact lines (blank lines and other "Label: value" fields allowed) = one ContactPoint.
 * - Above a block: generic "Contact(s)/Kontakty" headings are skipped, an unlabelled postcode line
 *   (and the street line above it) is the address, bullets are the unit's divisions, and the
 *   heading-like line above them is the unit. The document's first line is never the unit.
 * - Organisation: "<unit>, as a part of the X" read from the text, else the site name on the
 *   first line, else the title.
 * - An e-mail named as a point of contact in prose ("please contact us at: x@y") is a contact of
 *   the publisher: the words whose initials spell a label of the address's domain
 *   ("INTERNATIONAL CENTRE FOR MIGRATION POLICY DEVELOPMENT" for icmpd.int), else the domain.
 * - The head's name keeps the rank as written ("Col. Jana Nováková").
 */
import { fold } from '../clean.ts';
import { countriesMentioned } from '../countries.ts';
import {
  has247,
  parsePhoneNumbers,
  PHONE_LABEL,
  phonesInValue,
  regionForCountry,
  segmentsOf,
  type CountryCode,
  type FoundPhone,
} from './phones.ts';
import type { ContactPoint, EmailAddress, PhoneNumber } from '../types.ts';

export interface ContactContext {
  title: string;
  country?: string;
  regionCode?: CountryCode;
}

interface ContactLine {
  phones: PhoneNumber[];
  emails: EmailAddress[];
  address?: string;
  /** A bare address label: the address is on the following lines. */
  addressFollows: boolean;
  /** The address line's own label ("Adresa pre doručovanie"), for every address after a unit's first. */
  addressLabel?: string;
  head?: { role: string; name: string };
  /** Notes on that unit (its bracketed words). */
  divisions?: string[];
  /** The unit the line itself names before its numbers ("Rückfragen: Bundespolizeiinspektion Waidhaus, Pressestelle, Telefon …"). */
  unit?: string;
}

/** Starts only where a word starts: one attempt per word keeps a text full of addresses linear. */
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])/gi;
const HAS_EMAIL = new RegExp(EMAIL.source, 'i');
const LABELLED = /^([^:]{1,50}?)\s*(?::|\s[-–—]\s)\s*(.*)$/u;
const COLON_LABELLED = /^([^:]{1,90}?)\s*:\s*(.*)$/u;
const PHONE_WORD_FIRST = /^(tel\.?|telefon|phone|fax|mobile?|mobil|mob\.|gsm)\s+(?=[+(\d])(.*)$/iu;
const BULLET = /^(?:[•·▪◦*]|[-–—](?=\s))\s*/u;
/** Address labels (folded) in the four languages: seat, postal and delivery addresses, P. O. boxes. */
const ADDRESS_LABEL =
  /\b(address|adresa|adresse|(?:haus|post|besucher|liefer)?anschrift|dienstsitz|dienststelle|sitz|sidlo|postal|mailing|p\.? ?o\.? box|postfach|postova prihradka)\b/;
const EMAIL_WORDS = /\b(?:e-?mail|mail)(?:ov[aá] adresa)?\b\s*/giu;
/** Posts whose holder a contact line names (folded), in the four languages. */
const HEAD_ROLE =
  /\b(head|director|chief|commander|spokes(?:person|man|woman)|press officer|pressestelle|leiter|leiterin|chef|chefin|pressesprecher|pressesprecherin|sprecher|sprecherin|koordinator|koordinatorin|vedouci|veduci|veduca|reditel|reditelka|riaditel|riaditelka|nacelnik|nacelnicka|mluvci|hovorca|hovorkyna|contact person|kontaktni osoba|kontaktna osoba|ansprechpartner|ansprechpartnerin|attache|atase|liaison officer|verbindungsbeamter?|verbindungsbeamtin|stycny dustojnik|stycny dostojnik|stellvertreter|stellvertreterin|zastupce|zastupkyne|zastupca|zastupkyna|deputy)\b/;
/** A deputy's post, folded ("Stellvertreterin", "zástupce vedoucího", "deputy head"). */
export const DEPUTY = /\b(?:stellvertret\w*|zastup\w*|deputy|vice)\b/;
/** Whether a post names the one who heads a unit ("Leiter des deutschen Teils", "Riaditeľ odboru"), not a deputy or an officer. */
export const namesHeadPost = (post: string): boolean => HEAD_ROLE.test(fold(post)) && !DEPUTY.test(fold(post));
const CONTACT_HEADING =
  /^(?:contacts?|kontakty?|kontakt[ny]\w*|kontaktdaten|address(?:es)?|adresse|adresa|adresy|anschrift|postanschrift|sidlo|erreichbarkeit)(?: (?:points?|details|information|data|persons?|udaje|mista|misto|osoby))?:?$/;
const POSTCODE_CITY =
  /(?:^|[\s,])(?:[A-Z]{1,2}-)?(?:\d{3} \d{2}|\d{4,5})\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:(?:am|an|der|nad|pod|na|upon|on|sur|del|de|la)\s+)?(?:\p{Lu}[\p{L}.'-]*|\d{1,2}(?!\d))){0,3})/u;
const PART_OF =
  /\b(?:(?:a |an )?(?:part|unit|department|division|component|section) of|subordinate to|belongs to|falls under) (?:the )?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|for|and|de|der|des|für)\s+)*\p{Lu}[\p{L}'’-]*)*)/u;
const CONTACT_LEAD = /\b(contact|write|reach|e-?mail us|send|enquir|inquir|kontakt|napiste|obratte)\w*\b[^@]{0,60}$/;
const ACRONYM_STOPWORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'des', 'du', 'la', 'für', 'pro', 'a']);

/** Lines (blank ones counted) between a unit's heading and its contact lines that are read past. */
const MAX_NOTES = 8;
/** Lines (blank ones not counted) between a section naming a unit's head and the section of its address or numbers: a heading, the unit's name. */
const MAX_SECTION_GAP = 2;
/** A line in brackets, whole: a unit's other name under its heading. */
const PARENTHESISED = /^\([^()]{3,120}\)$/u;
const stripBullet = (line: string): string => line.replace(BULLET, '');
const isBullet = (line: string): boolean => BULLET.test(line) && stripBullet(line).length > 0;
const isContactHeading = (line: string): boolean => CONTACT_HEADING.test(fold(line).trim());

/** A label is a few words, not a sentence: no commas, no full stop after a long word. */
function isLabel(label: string): boolean {
  // What a label names in brackets may list ("Operačné stredisko (SIRENE, Interpol, Europol)").
  label = label.replace(/\s*\([^()]*\)/gu, '');
  const words = label.trim().split(/\s+/);
  return (
    words.length <= 6 &&
    /^\p{L}/u.test(label) &&
    !/[,;!?"“”]/.test(label) &&
    !/\p{L}{5,}\.\s/u.test(label) &&
    !FINITE_VERB.test(fold(label))
  );
}

/** Verbs no label holds ("Directorate (SPOC) has a new number:" is a sentence), in the four languages (folded). */
const FINITE_VERB =
  /\b(?:has|have|is|are|was|were|will|hat|haben|ist|sind|wird|werden|ma|maji|mame|je|jsou|bude|budou|maju|su)\b/;

/** Split "Label: value" (or "Label - value", "Tel. +421 ..."); undefined for prose. */
function splitLabel(line: string): { label: string; value: string } | undefined {
  const text = stripBullet(line);
  const phoneFirst = PHONE_WORD_FIRST.exec(text);
  if (phoneFirst) return { label: phoneFirst[1] ?? '', value: phoneFirst[2] ?? '' };
  // A colon ends the label even after a dash inside it ("Telefón – vedúca: 0961 …", "Operačné stredisko – nepretržite: …").
  const colon = COLON_LABELLED.exec(text);
  if (colon && isLabel(colon[1] ?? '') && (colon[1] ?? '').replace(/\s*\([^()]*\)/gu, '').length <= 50)
    return { label: (colon[1] ?? '').trim(), value: (colon[2] ?? '').trim() };
  const labelled = LABELLED.exec(text);
  if (!labelled) return undefined;
  // "German desk, Schwandorf: +49 …": a comma is allowed in a label whose value is nothing but a number or an address.
  const bare = (labelled[2] ?? '').replace(EMAIL, '').replace(/[\d+()./;,\s–—-]/g, '');
  const label = labelled[1] ?? '';
  if (!isLabel(label) && !(bare.length <= 3 && /\d{3}|@/.test(labelled[2] ?? '') && isLabel(label.replace(/,/g, ''))))
    return undefined;
  return { label: (labelled[1] ?? '').trim(), value: (labelled[2] ?? '').trim() };
}

/** "Col. Jana Nováková": 2–8 tokens, no digits, at least two capitalised words. */
function looksLikePersonName(value: string): boolean {
  if (/[\d@:]/.test(value)) return false;
  const tokens = value.split(/\s+/).filter(Boolean);
  // "Mgr. Ondrej Kriváň, PhD.": a comma before a degree leaves the surname a capitalised word.
  const capitalised = tokens.filter((token) => /^\p{Lu}[\p{L}'’-]+,?$/u.test(token));
  const fits = tokens.every(
    (token) =>
      /^\p{Lu}[\p{L}'’-]+,?$/u.test(token) || /^\p{L}{1,6}\.$/u.test(token) || /^(von|van|de|der|da|di)$/.test(token),
  );
  return fits && capitalised.length >= 2 && tokens.length <= 8;
}

/** Who an e-mail is for: its label without the word "e-mail" ("for the police"). */
function audienceFromLabel(label: string): string | undefined {
  const audience = label
    .replace(EMAIL_WORDS, '')
    .replace(/^[\s:–—-]+|[\s:–—-]+$/g, '')
    .trim();
  return audience === '' ? undefined : audience;
}

/** E-mails in a value; their audience is their own label unless that label is a phone label. */
export function emailsInValue(label: string, value: string): EmailAddress[] {
  return segmentsOf(value, label).flatMap((segment) => {
    const audience = PHONE_LABEL.test(fold(segment.label)) ? undefined : audienceFromLabel(segment.label);
    return [...segment.text.matchAll(EMAIL)].map((m) => {
      // A note in brackets right after the address says whom it is for ("x@y (len pre advokátov)").
      const note = /^\s*\(([^()]{3,80})\)/u.exec(segment.text.slice((m.index ?? 0) + m[0].length))?.[1]?.trim();
      const whom = note ?? audience;
      return whom ? { address: m[0], audience: whom } : { address: m[0] };
    });
  });
}

/** A line of nothing but e-mails and valid numbers (its label lost or never written), label "". */
function readUnlabelledLine(line: string, region?: CountryCode): ContactLine | undefined {
  if (!MAY_HOLD_CONTACT.test(line)) return undefined;
  const phones = phonesInValue('', line, region).filter((phone) => phone.e164);
  const emails = emailsInValue('', line);
  const rest = phones.reduce((text, phone) => text.replace(phone.raw, ''), line.replace(EMAIL, ''));
  return phones.length + emails.length > 0 && /^[\s,;()–—-]*$/u.test(rest)
    ? { phones, emails, addressFollows: false }
    : undefined;
}

/** A phone number (digits with separators, seven characters or more) or an e-mail: a cheap test run before parsing. */
const MAY_HOLD_CONTACT = /\d[\d\s()./-]{5,}\d|@/;

/** A unit's name: capitalised, a few words, no digits, no e-mail, no label of a number. */
const isUnitName = (text: string): boolean =>
  /^\p{Lu}/u.test(text) &&
  text.length <= 90 &&
  text.split(/\s+/).length <= 9 &&
  !/[\d@:]/.test(text) &&
  !PHONE_LABEL.test(fold(text)) &&
  !/\be-?mail\b/i.test(text);

/**
 * A value naming whom before how to reach them: "Rückfragen: Bundespolizeiinspektion Waidhaus,
 * Pressestelle, Telefon 0 96 52 - …, E-Mail: …", "Für dringende Übergaben: Einsatz- und
 * Koordinationscenter (EKC), Telefon +43 …". The pieces before the first number are the unit.
 */
function whomFirst(label: string, value: string, region?: CountryCode): ContactLine | undefined {
  const pieces = value.split(/,\s+/);
  const first = pieces.findIndex((piece) => /\d{2}|@/.test(piece));
  if (first < 1 || first > 3) return undefined;
  const names = pieces.slice(0, first);
  if (!names.every(isUnitName) || !names.some((name) => /\p{L}{5,}/u.test(name))) return undefined;
  const rest = pieces.slice(first).join(', ');
  const phones = phonesInValue(label, rest, region).filter((phone) => phone.e164);
  const emails = emailsInValue('', rest);
  const leftover = rest.replace(EMAIL, '').replace(/[\d+()./;,\s–—-]/g, '');
  if (phones.length + emails.length === 0 || leftover.length > 40) return undefined;
  return { phones, emails, addressFollows: false, unit: names.join(', ') };
}

/**
 * Words that make a name a unit's (folded), in the four languages; German compounds by their last
 * part ("Bundespolizeiinspektion", "Polizeirevier"). Data.
 */
const UNIT_WORD =
  /(?:inspektion|direktion|revier|polizei|wache|zentrum|dienststelle|behorde|amt)\b|\b(?:police|office|unit|bureau|centre|center|directorate|station|desk|odbor|oddeleni|oddelenie|reditelstvi|riaditelstvo|sluzba|pracoviste|pracovisko|utvar|stanice|obvodni|centrum|ustredna|urad|policie|policia|inspektorat)\b/;

/**
 * A bullet naming a unit before its number, a directory in a list: "- Bundespolizeiinspektion
 * Waldmünchen (zuständig für …), Wache rund um die Uhr: 0 99 72 - 94 07 - 0". The unit is the
 * name (its bracketed note a division), the words after its comma the line's label.
 */
function unitBullet(text: string, region?: CountryCode): ContactLine | undefined {
  const at = text.search(/:?\s*(?:\+|\(?0|\d{3})[\d ()/.-]{5,}\d/u);
  if (at < 5 || at > 160) return undefined;
  const prefix = text.slice(0, at).replace(/[\s:,–—-]+$/u, '');
  const comma = prefix.search(/,\s(?![^(]*\))/u);
  const whole = comma > 0 ? prefix.slice(0, comma) : prefix;
  const label = comma > 0 ? prefix.slice(comma + 1).trim() : '';
  const name = whole.replace(/\s*\([^)]*\)/gu, '').trim();
  if (!UNIT_WORD.test(fold(name)) || !isUnitName(name) || name.split(/\s+/).length < 2) return undefined;
  const value = text.slice(at).replace(/^:\s*/u, '');
  const phones = phonesInValue(label, value, region).filter((phone) => phone.e164);
  const emails = emailsInValue('', value);
  const leftover = value.replace(EMAIL, '').replace(/[\d+()./;,\s–—-]/g, '');
  if (phones.length + emails.length === 0 || leftover.length > 30) return undefined;
  const notes = [...whole.matchAll(/\(([^)]*)\)/gu)].map((m) => m[1]!.trim()).filter(Boolean);
  return { phones, emails, addressFollows: false, unit: name, ...(notes.length ? { divisions: notes } : {}) };
}

/** Classify one line; undefined when it carries no contact data. */
function readContactLine(line: string, region?: CountryCode): ContactLine | undefined {
  const listed = isBullet(line) ? unitBullet(stripBullet(line), region) : undefined;
  if (listed) return listed;
  const split = splitLabel(line);
  if (!split) return readUnlabelledLine(stripBullet(line), region);
  const { label, value } = split;
  const folded = fold(label);
  if (ADDRESS_LABEL.test(folded)) {
    return {
      phones: [],
      emails: [],
      addressFollows: value === '',
      addressLabel: label,
      ...(value ? { address: value } : {}),
    };
  }
  const holdsContact = MAY_HOLD_CONTACT.test(value);
  const whom = holdsContact ? whomFirst(label, value, region) : undefined;
  if (whom) return whom;
  const emails = holdsContact ? emailsInValue(label, value) : [];
  const phones = holdsContact ? phonesInValue(label, value, region) : [];
  // Notes in brackets say whom a number or address is for ("(len pre advokátov a právnych zástupcov)"): no prose.
  const leftover = value
    .replace(EMAIL, '')
    .replace(/\([^()]*\)/gu, '')
    .replace(/[\d+()./;,\s–—-]/g, '');
  if (phones.length + emails.length > 0 && leftover.length <= 40) return { phones, emails, addressFollows: false };
  // The name as the page gives it, its rank in another language in brackets aside ("Lt. Col. Mgr.
  // Radek Vondráček (plk. Mgr. Radek Vondráček)").
  const person = value.replace(/\s*\([^()]*\)/gu, '').trim();
  if (HEAD_ROLE.test(folded) && looksLikePersonName(person)) {
    return { phones: [], emails: [], addressFollows: false, head: { role: label, name: person } };
  }
  return undefined;
}

/** "110 00 Praha 1 – Staré Město" → "Praha 1", "65193 Wiesbaden" → "Wiesbaden": the words after a postcode. */
export function cityFromAddress(address: string): string | undefined {
  return POSTCODE_CITY.exec(address)?.[1]?.trim();
}

/** Short, capitalised, not a sentence, not a labelled line: a heading. */
function isNameLine(line: string): boolean {
  const text = line.replace(/^#+\s*/, '').trim();
  if (text.length < 3 || text.length > 100 || !/^\p{Lu}/u.test(text)) return false;
  // A full stop after a word ends a sentence; after an abbreviation ("hl. m. Prahy", "u. a.") it does not.
  if (/[.:;,]$/.test(text) || /\p{L}{4,}\.\s/u.test(text) || HAS_EMAIL.test(text) || /https?:|www\./.test(text))
    return false;
  // A row of links ("Bundespolizeidirektion München | Impressum | Datenschutz") is the site's chrome, no unit.
  if (/\s[|·]\s/.test(text)) return false;
  return text.split(/\s+/).length <= 12 && !text.includes(':');
}

type Surroundings = {
  unit?: string;
  divisions: string[];
  address?: string;
  head?: { role: string; name: string };
  /** A line between the unit's heading and its contact lines ("Available 24/7"). */
  note?: string;
};

/** Words of a post held by a person ("Liaison Officer for Austria", "Vedoucí oddělení"). */
const POST_WORDS =
  /\b(?:head|director|chief|commander|officer|liaison|manager|coordinator|advis[eo]r|attache|inspector|analyst|specialist|prosecutor|spokes\w+|secretary|vedouci|veduci|veduca|reditel\w*|nacelnik\w*|referent\w*|koordinator\w*|dustojnik\w*|specialist\w*|analyti\w*|zastupce|poradce|mluvci|tajemnik\w*|atase|prokurator\w*)\b/;

/**
 * A signature: "Jana Nová" over her post over the unit ("Head of Liaison" / "National Bureau"), or
 * over her post alone, on the lines right above the contact lines.
 */
function signatureAbove(lines: string[], k: number, candidate: string): Partial<Surroundings> | undefined {
  const line = (i: number) => (i > 0 && !/^#/.test(lines[i] ?? '') ? (lines[i] ?? '') : '');
  if (POST_WORDS.test(fold(candidate)) && looksLikePersonName(line(k - 1)))
    return { head: { role: candidate, name: line(k - 1) } };
  if (line(k - 1) && POST_WORDS.test(fold(line(k - 1))) && looksLikePersonName(line(k - 2)))
    return { head: { role: line(k - 1), name: line(k - 2) } };
  return undefined;
}

/**
 * A card: a heading, one line under it, then the contact lines. Under a person's name the line is
 * their post ("### Jana Nová / Head of Unit"); under any other heading it is a note on the unit.
 */
function readCard(lines: string[], k: number, candidate: string, title: string): Partial<Surroundings> | undefined {
  if (/^#/.test(lines[k] ?? '')) return undefined;
  let h = k - 1;
  while (h >= 0 && (lines[h] ?? '') === '') h--;
  const heading = h > 0 && /^#+\s/.test(lines[h] ?? '') ? (lines[h] ?? '').replace(/^#+\s*/, '') : '';
  if (!heading || !isNameLine(heading) || fold(heading) === fold(title)) return undefined;
  if (POST_WORDS.test(fold(candidate)) && looksLikePersonName(heading))
    return { unit: candidate, head: { role: candidate, name: heading } };
  return { unit: heading, note: candidate };
}

/** Read upwards from a block: contact headings, an unlabelled address, bullets, then the unit heading. */
function readAbove(lines: string[], start: number, title: string): Surroundings {
  let k = start - 1;
  const skipBlank = () => {
    while (k >= 0 && (lines[k] ?? '') === '') k--;
  };
  const at = () => lines[k] ?? '';
  skipBlank();
  while (k >= 0 && isContactHeading(at())) {
    k--;
    skipBlank();
  }
  let address: string | undefined;
  if (k >= 0 && cityFromAddress(at())) {
    const street = k > 0 && /\d/.test(lines[k - 1] ?? '') && !splitLabel(lines[k - 1] ?? '') ? lines[k - 1] : undefined;
    address = street ? `${street}, ${at()}` : at();
    k -= street ? 2 : 1;
    skipBlank();
  }
  // Between a unit's heading and its contact lines: its other name in brackets ("(Úrad medzinárodnej
  // policajnej spolupráce)") and fields that are no contact ("Kontaktní osoba: …", "Úřední hodiny: …").
  const aliases: string[] = [];
  const beforeNotes = k;
  // A few lines at most, none with a number or an e-mail (those are another block's): reading up stays linear.
  const isNote = (line: string) => PARENTHESISED.test(line) || (!MAY_HOLD_CONTACT.test(line) && isOtherField(line));
  while (k > 0 && beforeNotes - k < MAX_NOTES && isNote(at())) {
    if (PARENTHESISED.test(at())) aliases.unshift(at().slice(1, -1).trim());
    k--;
    skipBlank();
  }
  if (!isNameLine(at().replace(/^#+\s*/, ''))) {
    k = beforeNotes;
    aliases.length = 0;
  }
  const divisions: string[] = [...aliases];
  while (k >= 0 && isBullet(at())) {
    divisions.unshift(stripBullet(at()));
    k--;
    skipBlank();
  }
  // A heading, a paragraph on what the unit does, then its card: the heading names the unit.
  if (k > 0 && divisions.length === 0 && !/^#/.test(at()) && !isNameLine(at()) && !MAY_HOLD_CONTACT.test(at())) {
    let h = k - 1;
    while (h > 0 && (lines[h] ?? '') === '') h--;
    if (h > 0 && /^#+\s/.test(lines[h] ?? '') && isNameLine((lines[h] ?? '').replace(/^#+\s*/, ''))) k = h;
  }
  const candidate = k > 0 ? at().replace(/^#+\s*/, '') : '';
  const unit = candidate && isNameLine(candidate) && fold(candidate) !== fold(title) ? candidate : undefined;
  const card =
    unit && divisions.length === 0
      ? (readCard(lines, k, candidate, title) ?? signatureAbove(lines, k, candidate))
      : undefined;
  return {
    ...(unit ? { unit } : {}),
    ...card,
    divisions: unit ? divisions : [],
    ...(address ? { address } : {}),
  };
}

/** "The X Unit, as a part of the National Police Headquarters, is" → "National Police Headquarters". */
function parentOrganisation(lines: string[], unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const mentions = lines.filter((line) => fold(line).includes(fold(unit)));
  for (const line of mentions) {
    const parent = PART_OF.exec(line)?.[1];
    if (parent) return parent.replace(/\s+(?:of|the|and|for)$/u, '');
  }
  return undefined;
}

/** A word that says what kind of body, not which (folded): a site's menu heading, never its name. */
const GENERIC_UNIT =
  /^(?:police|policie|policia|polizei|policja|rendorseg|ministry|ministerstvo|ministerium|office|urad|amt)$/;

function organisationOf(lines: string[], unit: string | undefined, context: ContactContext): string {
  const site = lines[0]?.replace(/^#+\s*/, '') ?? '';
  // A first line of links ("English | Mapa stránok | Vyhľadávanie") or with a date or clock is chrome, not a site's name.
  // One word that only says what a unit is ("Polícia", "Polizei": a menu's heading) names no site either.
  const generic = GENERIC_UNIT.test(fold(site).trim());
  const siteName = isNameLine(site) && site !== unit && !generic && !/[|·]|\d/.test(site) ? site : undefined;
  // A site's name with its motto ("Policie České republiky – Pomáhat a chránit") names no unit: the page's
  // own heading does when it names one ("Ředitelství pro mezinárodní policejní spolupráci").
  const motto = siteName !== undefined && /\s[-–—]\s/u.test(siteName);
  const titled = motto && UNIT_WORD.test(fold(context.title)) ? context.title : undefined;
  return parentOrganisation(lines, unit) ?? titled ?? siteName ?? context.title;
}

interface Block {
  start: number;
  end: number;
  contact: ContactLine[];
}

/**
 * The contact line at i with the index of its last line: a multi-line address after a bare
 * "Address:", or a bare "Phone:" whose value is on the next line, is read as one line.
 */
function readContactAt(
  lines: string[],
  i: number,
  region?: CountryCode,
): { contact: ContactLine; last: number } | undefined {
  const contact = readContactLine(lines[i] ?? '', region);
  let last = i;
  if (contact?.addressFollows) {
    const parts: string[] = [];
    while ((lines[last + 1] ?? '') !== '' && !readContactLine(lines[last + 1] ?? '', region))
      parts.push(lines[++last] ?? '');
    if (parts.length > 0) contact.address = parts.join(', ');
  }
  if (contact) return { contact, last };
  // An unlabelled address inside a card: "Further Straße 21" over "93449 Waldmünchen", or both on one line.
  const line = lines[i] ?? '';
  const next = lines[i + 1] ?? '';
  const plain = (text: string) => text.length <= 80 && !text.includes(':') && !HAS_EMAIL.test(text);
  if (
    plain(line) &&
    /\p{L}.*\d|\d.*\p{L}/u.test(line) &&
    !cityFromAddress(line) &&
    plain(next) &&
    cityFromAddress(next)
  )
    return { contact: { phones: [], emails: [], addressFollows: false, address: `${line}, ${next}` }, last: i + 1 };
  if (plain(line) && cityFromAddress(line) && /\p{L}[^,]*\d[^,]*,/u.test(line))
    return { contact: { phones: [], emails: [], addressFollows: false, address: line }, last: i };
  const bareLabel = /^([^:]{1,50}):$/.exec(stripBullet(lines[i] ?? ''))?.[1];
  const joined =
    bareLabel && isLabel(bareLabel) && lines[i + 1]
      ? readContactLine(`${bareLabel}: ${lines[i + 1]}`, region)
      : undefined;
  return joined ? { contact: joined, last: i + 1 } : undefined;
}

/** "Office hours: 8–16" inside a block: a labelled line without contact data does not end it. */
const isOtherField = (line: string): boolean => /^[^:]{1,50}:\s*\S/.test(line) && splitLabel(line) !== undefined;

/** Runs of contact lines; blank lines and other "Label: value" fields inside a run are allowed. */
function findBlocks(lines: string[], region?: CountryCode): { blocks: Block[]; apart: Block[] } {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? '') === '') continue;
    const found = readContactAt(lines, i, region);
    if (!found) {
      if (!isOtherField(lines[i] ?? '')) current = undefined;
      continue;
    }
    // A line naming its own unit is a contact point of its own, whatever stands around it.
    if (!current || found.contact.unit) {
      current = { start: i, end: i, contact: [] };
      blocks.push(current);
    }
    current.contact.push(found.contact);
    current.end = i = found.last;
    if (found.contact.unit) current = undefined;
  }
  // A head named just under a card ("Director of the Office: Col. …" after an <address>) belongs to it;
  // one named in a section of its own over the card ("Leitung", then "Adresse" and "Kontakt"), to the card after it.
  const onlyHead = (block: Block) =>
    block.contact.every((c) => c.head && c.phones.length + c.emails.length === 0 && !c.address);
  const headless = (block: Block | undefined) => block !== undefined && !block.contact.some((c) => c.head);
  const merged: Block[] = [];
  // Heads no card took: kept apart, for a label naming their unit ("Vedúca SKP Jarovce – Kittsee: …").
  const apart: Block[] = [];
  let heads: Block | undefined;
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    const between = heads ? lines.slice(heads.end + 1, block.start).filter((line) => line !== '').length : Infinity;
    if (heads && between <= MAX_SECTION_GAP && headless(block) && !onlyHead(block)) {
      block.contact.unshift(...heads.contact);
    } else if (heads) apart.push(heads);
    heads = undefined;
    if (onlyHead(block) && headless(previous) && block.start - previous!.end <= 3) {
      previous!.contact.push(...block.contact);
      previous!.end = block.end;
    } else if (onlyHead(block)) heads = block;
    else merged.push(block);
  }
  if (heads) apart.push(heads);
  return {
    blocks: merged.filter((block) => block.contact.some((c) => c.phones.length + c.emails.length > 0 || c.address)),
    apart,
  };
}

/** The prose a block of contact lines ends ("… His successor is Col. Ilse Grabner-Wolf. / Her office: …"): its lines joined. */
function paragraphAbove(lines: string[], start: number): string {
  const parts: string[] = [];
  for (let p = start - 1; p >= 0 && (lines[p] ?? '') !== '' && parts.length < 10; p--) parts.unshift(lines[p] ?? '');
  return parts.join(' ');
}

/** Capitalised words joined by "of / for / and / the …", each maybe with a note in brackets: a name in prose. */
const NAME_RUN =
  /\p{Lu}[\p{L}'’-]*(?:\s+\([^()]{1,80}\))?(?:\s+(?:(?:of|for|and|the|on|der|des|die|für|und|pro|pre|a)\s+)*\p{Lu}[\p{L}'’-]*(?:\s+\([^()]{1,80}\))?)*/gu;
/** A person in prose by rank or title and name ("Col. Ilse Grabner-Wolf", "plk. Jana Nováková", "Oberst Karl Huber"). */
const RANKED_PERSON =
  /(?<!\p{L})(?:Col|Lt|Maj|Capt|Cpt|Gen|Brig|Supt|Insp|Cdr|plk|pplk|mjr|kpt|npor|por|Oberst|Oberstleutnant|Major|Hauptmann|Brigadier|Mgr|Ing|Dr|Mag|JUDr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/gu;

/**
 * A block of contact lines at the end of a paragraph of prose (an item of a bulletin): the unit
 * the paragraph names (capitalised words holding a unit's word: "Department for Aliens and Border
 * Police … of the Provincial Police Directorate of Lower Austria") and the person it names last
 * before the numbers ("His successor … is Col. Ilse Grabner-Wolf. / Her office: …"), not the
 * document's title.
 */
function readParagraph(lines: string[], start: number): Partial<Surroundings> {
  const prose = paragraphAbove(lines, start);
  if (!/\p{L}{3,}[.!?](?:\s|$)/u.test(prose)) return {};
  const unit = [...prose.matchAll(NAME_RUN)]
    .map((m) => m[0])
    .find(
      (name) =>
        UNIT_WORD.test(fold(name.replace(/\s*\([^()]*\)/gu, ''))) &&
        (name.match(/(?<![\p{L}'’-])\p{Lu}/gu) ?? []).length >= 2 &&
        !looksLikePersonName(name),
    );
  const person = [...prose.matchAll(RANKED_PERSON)].at(-1)?.[0];
  const role = HEAD_ROLE.exec(fold(prose))?.[1];
  return {
    ...(unit ? { unit: unit.length > 200 ? unit.replace(/\s*\([^()]*\)/gu, '') : unit } : {}),
    ...(person && role ? { head: { role: role[0]!.toUpperCase() + role.slice(1), name: person } } : {}),
  };
}

function contactFromBlock(lines: string[], block: Block, context: ContactContext): ContactPoint {
  const named = block.contact.find((c) => c.unit)?.unit;
  const surroundings = named
    ? { unit: named, divisions: block.contact.find((c) => c.unit)?.divisions ?? [] }
    : readAbove(lines, block.start, context.title);
  const read = surroundings.unit ? surroundings : { ...surroundings, ...readParagraph(lines, block.start) };
  // "Contact" / "Kontakt" over a card names no unit: the page's own heading does.
  const above = read.unit && isContactHeading(read.unit) ? { ...read, unit: undefined } : read;
  const phones = block.contact.flatMap((c) => c.phones);
  // Every address of the unit as written: its seat first, then each other one with its label ("Postanschrift: …").
  const written = block.contact.filter((c) => c.address);
  const first = written[0]?.address ?? above.address;
  const address =
    first === undefined
      ? undefined
      : [first, ...written.slice(1).map((c) => `${c.addressLabel ? `${c.addressLabel}: ` : ''}${c.address}`)].join(
          '; ',
        );
  const city = first ? cityFromAddress(first) : undefined;
  const [head = above.head, ...staff] = block.contact.flatMap((c) => (c.head ? [c.head] : []));
  // Notes right after the block ("Hours: 24/7") describe it too.
  let after = block.end + 1;
  while (after < lines.length && after <= block.end + 3 && isOtherField(lines[after] ?? '')) after++;
  const blockText = [above.unit ?? '', above.note ?? '', ...lines.slice(block.start, after)].join('\n');
  return {
    organisation: organisationOf(lines, above.unit, context),
    ...(above.unit ? { unit: above.unit } : {}),
    divisions: above.divisions,
    ...(address ? { address } : {}),
    ...(city ? { city } : {}),
    phones,
    emails: block.contact.flatMap((c) => c.emails),
    ...(head ? { head } : {}),
    ...(staff.length > 0 ? { staff } : {}),
    available247: phones.some((p) => p.available247) || has247(blockText),
  };
}

const titleCaseIfShouting = (words: string[]): string =>
  words.every((w) => w === w.toUpperCase())
    ? words
        .map((w, i) =>
          i > 0 && ACRONYM_STOPWORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase(),
        )
        .join(' ')
    : words.join(' ');

/** Capitalised words whose initials spell the acronym, stop words skipped: "ICMPD" → "International Centre for Migration Policy Development". */
function expandAcronym(text: string, acronym: string): string | undefined {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const letters = acronym.toLowerCase();
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    let j = i;
    for (; j < words.length && matched < letters.length; j++) {
      const word = words[j] ?? '';
      if (matched > 0 && ACRONYM_STOPWORDS.has(word.toLowerCase())) continue;
      if (!/^\p{Lu}/u.test(word) || word[0]?.toLowerCase() !== letters[matched]) break;
      matched++;
    }
    if (matched === letters.length) return titleCaseIfShouting(words.slice(i, j));
  }
  return undefined;
}

/** The publisher behind an address: an expansion of a domain label found near it, else the domain. */
function publisherOf(
  address: string,
  lines: string[],
  lineIndex: number,
  wholeText: () => string,
  known: Map<string, string>,
): string {
  const domain = address.split('@')[1] ?? address;
  const cached = known.get(domain);
  if (cached) return cached;
  const labels = domain
    .split('.')
    .slice(0, -1)
    .filter((label) => /^[a-z]{2,10}$/i.test(label));
  const nearby = lines.slice(Math.max(0, lineIndex - 15), lineIndex + 16).join(' ');
  let publisher = domain;
  search: for (const scope of [nearby, wholeText()]) {
    for (const label of labels) {
      const name = expandAcronym(scope, label);
      if (name) {
        publisher = `${name} (${label.toUpperCase()})`;
        break search;
      }
    }
  }
  // One answer per domain: a text full of addresses would otherwise search the whole text once for each.
  known.set(domain, publisher);
  return publisher;
}

/** E-mails offered as a point of contact in prose, grouped by publisher. */
function contactsFromProse(lines: string[], inBlocks: Set<number>): ContactPoint[] {
  const byOrganisation = new Map<string, ContactPoint>();
  let whole: string | undefined;
  const wholeText = () => (whole ??= lines.join(' '));
  const publishers = new Map<string, string>();
  lines.forEach((line, index) => {
    if (inBlocks.has(index)) return;
    for (const match of line.matchAll(EMAIL)) {
      const before = `${(match.index ?? 0) < 3 ? (lines[index - 1] ?? '') : ''} ${line.slice(0, match.index)}`.slice(
        -80,
      );
      if (!CONTACT_LEAD.test(fold(before))) continue;
      const organisation = publisherOf(match[0], lines, index, wholeText, publishers);
      const contact = byOrganisation.get(organisation) ?? {
        organisation,
        divisions: [],
        phones: [],
        emails: [],
        available247: false,
      };
      if (!contact.emails.some((e) => e.address === match[0])) contact.emails.push({ address: match[0] });
      byOrganisation.set(organisation, contact);
    }
  });
  return [...byOrganisation.values()];
}

/** "call the duty officer on +421 ...", "volejte stálou službu na +420 ...": a verb of calling, then whom, then the number. */
const CALL_LEAD =
  /\b(?:call|ring|phone|dial|telephone|reach|contact|volejte|zavolejte|volat|kontaktujte|telefonujte|obratte se na)\b\s*(.{0,60}?)\s*(?:\b(?:on|at|na|number|cislo|cisle|telefonu|lince|via|by|phone)\b\s*)*[:(]?\s*$/d;
/**
 * "Führungs- und Lagedienst …, rund um die Uhr erreichbar unter …", "stálá služba je k zastižení na
 * …", "the duty desk can be reached on …": whom first, then how to reach them, then the number.
 */
const REACHABLE_LEAD =
  /(?:^|[:.;]\s*)([^:.;]{3,90}?),?\s*(?:(?:rund um die uhr|24\/7|nonstop|non-stop|nepretrzite|stale)\s+)?(?:erreichbar unter|zu erreichen unter|erreichbar|je k zastizeni na|je dostupn\w* na|k dispozicii na|je k dispozici na|is available on|can be reached (?:on|at)|is reachable (?:on|at))\s*:?\s*$/d;
/**
 * "the permanent service of the Directorate (SPOC) has a new number:", "… hat eine neue Rufnummer",
 * "… má nové číslo": whom first, then the news of their number.
 */
const NEW_NUMBER_LEAD =
  /(?:^|[:.;]\s*)([^:.;]{3,120}?)\s+(?:has|have|gets|got|hat|erhalt|erhielt|ma|maji|dostal\w*)\s+(?:a\s+|eine\s+)?(?:new|neue|nove|nova|novu|nov[eay])\s+(?:24\/7\s+|phone\s+|telephone\s+|telefonni\s+|telefonne\s+)?(?:number|nummer|rufnummer|telefonnummer|cislo)\s*:?\s*$/d;
/** "send faxes to", "Faxové zprávy zasílejte na číslo": a fax number offered in prose. */
const FAX_LEAD = /\bfax\w*\b[^.!?]{0,60}$/;
/** The sentence a number stands in may run on over a hard-wrapped line: the text up to its end. */
const sentenceAfter = (line: string, from: number, next: string): string =>
  /^[^.!?]*/.exec(`${line.slice(from, from + 200)} ${next.slice(0, 200)}`)?.[0] ?? '';

/** A contact point found in prose: the document's, named by whom to call when the text says. */
const proseContact = (organisation: string, unit?: string): ContactPoint => ({
  organisation,
  ...(unit ? { unit } : {}),
  divisions: [],
  phones: [],
  emails: [],
  available247: false,
});

const proseNumber = (
  found: FoundPhone,
  label: string,
  marks: Pick<PhoneNumber, 'fax' | 'available247'>,
): PhoneNumber => ({
  label,
  raw: found.raw,
  ...(found.e164 ? { e164: found.e164 } : {}),
  international: found.international,
  national: found.national,
  ...marks,
});

/** Add a number to a contact point unless it has it already. */
function addPhone(contact: ContactPoint, phone: PhoneNumber): void {
  if (!contact.phones.some((p) => p.e164 === phone.e164)) contact.phones.push(phone);
}

/** The words of a text whose folded form is `folded` ("Führungs- und Lagedienst" for "fuhrungs- und lagedienst"). */
function asWritten(text: string, folded: string): string {
  for (let i = 0; i + folded.length <= text.length; i++)
    for (let end = i + folded.length; end <= Math.min(text.length, i + folded.length + 4); end++)
      if (fold(text.slice(i, end)) === folded) return text.slice(i, end);
  return folded;
}

/** Phones offered in running prose, one contact point per whom ("duty officer"). */
function phonesFromProse(
  lines: string[],
  inBlocks: Set<number>,
  context: ContactContext,
  region?: CountryCode,
): ContactPoint[] {
  const byWhom = new Map<string, ContactPoint>();
  let last: ContactPoint | undefined;
  lines.forEach((line, index) => {
    if (line === '') last = undefined;
    if (inBlocks.has(index) || !MAY_HOLD_CONTACT.test(line)) return;
    for (const found of parsePhoneNumbers(line, region)) {
      if (!found.e164) continue;
      // The words before the number, from a word's start: "Führungs- und Lagedienst …", never "hrungs- …".
      // A hard-wrapped sentence ("call the duty officer of the Sobrance / Directorate on +421 …") goes on from the line above.
      const above = found.index < 120 && !inBlocks.has(index - 1) ? (lines[index - 1] ?? '') : '';
      const text = above ? `${above} ${line.slice(0, found.index)}` : line.slice(0, found.index);
      const window = text.slice(Math.max(0, text.length - 120));
      const before = text.length > 120 ? window.replace(/^\S*\s+/u, '') : window;
      const folded = fold(before);
      if (FAX_LEAD.test(folded)) {
        // A fax offered after a number to call belongs to the same contact point.
        const contact = last ?? proseContact(context.title);
        addPhone(contact, proseNumber(found, 'Fax', { fax: true, available247: false }));
        if (!last) byWhom.set(`fax ${found.e164}`, contact);
        continue;
      }
      const lead = CALL_LEAD.exec(folded) ?? REACHABLE_LEAD.exec(folded) ?? NEW_NUMBER_LEAD.exec(folded);
      const [start, end] = lead?.indices?.[1] ?? [0, 0];
      if (!lead) continue;
      // Folding keeps Czech and most Latin letters one for one; where it did not, the folded words stand in.
      const whom = (folded.length === before.length ? before.slice(start, end) : asWritten(before, lead[1] ?? ''))
        // "From 1 December 2026 the permanent service …": the date the news starts on is not whom.
        .replace(/^(?:\S+\s+){0,4}?(?:19|20)\d{2},?\s+(?=\p{L})/u, '')
        .replace(/^(?:the|our|a|an)\s+/i, '')
        .trim()
        // A lead that caught no words (", +420 …, from March") names no one.
        .replace(/^[^\p{L}]*$/u, '');
      const key = fold(whom);
      const contact = byWhom.get(key) ?? proseContact(context.title, whom);
      const available247 = has247(
        `${whom} ${before} ${sentenceAfter(line, found.index + found.raw.length, lines[index + 1] ?? '')}`,
      );
      addPhone(contact, proseNumber(found, whom, { fax: false, available247 }));
      contact.available247 ||= available247;
      byWhom.set(key, contact);
      last = contact;
    }
  });
  return [...byWhom.values()];
}

/** Every contact point in a document's cleaned text; [] when it has none. */
/**
 * Points that only name people, under no card ("Vedúci SKP Hodonín (slovenská časť): mjr. …" below a
 * table of units): the extractor gives each to the unit its post names, never a card of their own.
 */
export const HEADS_APART = new WeakSet<ContactPoint>();

export function extractContacts(text: string, context: ContactContext): ContactPoint[] {
  const lines = text.split('\n').map((line) => line.trim());
  const region =
    context.regionCode ?? regionForCountry(context.country) ?? regionForCountry(countriesMentioned(text)[0]);
  const { blocks, apart } = findBlocks(lines, region);
  const inBlocks = new Set(blocks.flatMap((b) => Array.from({ length: b.end - b.start + 1 }, (_, i) => b.start + i)));
  const heads = apart.map((block) => contactFromBlock(lines, block, context));
  for (const point of heads) HEADS_APART.add(point);
  return [
    ...blocks.map((block) => contactFromBlock(lines, block, context)),
    ...heads,
    ...contactsFromProse(lines, inBlocks),
    ...phonesFromProse(lines, inBlocks, context, region),
  ];
}
