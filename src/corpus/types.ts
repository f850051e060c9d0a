/** What the corpus stage knows about one file. Plain data: no methods, JSON-serialisable. */
import type { Language } from './language.ts';
import type { CapReason, SkipReason } from './warnings.ts';

export type DocumentKind =
  'development' | 'news' | 'contact' | 'treaty' | 'minutes' | 'bulletin' | 'email' | 'project' | 'policy';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'development',
  'news',
  'contact',
  'treaty',
  'minutes',
  'bulletin',
  'email',
  'project',
  'policy',
];

export type { Language } from './language.ts';

/** A cited source, as an EU "developments" entry lists it. Every field is optional but the raw line. */
export interface Source {
  raw: string;
  publisher?: string;
  /** ISO date, yyyy-mm-dd. */
  date?: string;
  title?: string;
  url?: string;
}

export interface Section {
  heading?: string;
  paragraphs: string[];
}

export interface PhoneNumber {
  /** The label as written next to the number ("Secretariat", "Permanent service"). */
  label: string;
  /** As written in the document. */
  raw: string;
  /** +420123456789 when the number could be validated, otherwise undefined. */
  e164?: string;
  /** "+420 123 456 789" when valid, otherwise the raw text. */
  international: string;
  /** "123 456 789" when valid, otherwise the raw text. */
  national: string;
  fax: boolean;
  available247: boolean;
}

export interface EmailAddress {
  address: string;
  /** Who it is for ("for the police", "for the public"), or the label it stands under. */
  audience?: string;
}

export interface ContactPoint {
  organisation: string;
  unit?: string;
  /** Sub-units listed under the unit (divisions, departments). */
  divisions: string[];
  address?: string;
  city?: string;
  phones: PhoneNumber[];
  emails: EmailAddress[];
  head?: { role: string; name: string };
  /** The others the card names by their post, after the head ("Koordinator (österreichische Seite): Oberst …", a deputy). */
  staff?: Array<{ role: string; name: string }>;
  available247: boolean;
  /** Canonical English name of the country the contact point serves, when known. */
  country?: string;
}

export interface Agreement {
  name: string;
  /** Countries or organisations party to it. */
  parties: string[];
  /** ISO date it was signed, when stated. */
  signed?: string;
  /** Status clauses as stated in the text ("signed", "must be approved by the parliaments ..."). */
  status: string[];
  /** Extractive bullets: each a sentence or clause of the document ("Article 5 Joint patrols: ..."). */
  provisions: string[];
  /** Where it was signed, when stated ("Done at Vienna on ..."). */
  place?: string;
  /** Status steps this document states, each with its date when known (the document's date otherwise). */
  history?: StatusStep[];
  /** The instrument's family, when read as an instrument (a gazette notice): treaty, agreement, protocol ... */
  type?: string;
  /** The name of the instrument that replaced or terminated this one. */
  replacedBy?: string;
  /** Names of the instruments this one replaced. */
  replaces?: string[];
}

/** What a dated step of an instrument is. */
export type StepKind = 'signed' | 'approved' | 'ratified' | 'exchanged' | 'provisional' | 'in force' | 'terminated';

export interface StatusStep {
  /** The step's kind, when read from an instrument's notice; its clause as written is `status`. */
  kind?: StepKind;
  status: string;
  /** ISO date of the step, when known. */
  date?: string;
}

/** One dated item of a bulletin or newsletter: a development of its own. */
export interface DocumentItem {
  date: string;
  title: string;
  summary: string;
  country?: string;
  countries: string[];
}

export interface Document {
  /** Stable id derived from the file name, so citations survive re-indexing. */
  id: string;
  /** Path relative to the seeds folder. */
  file: string;
  title: string;
  kind: DocumentKind;
  language: Language;
  /** The main date of the document (development date, publication or draft date), ISO yyyy-mm-dd. */
  date?: string;
  /** Every date found in the document, ISO, sorted, unique. */
  dates: string[];
  /** Main country, canonical English short name ("Czechia"). */
  country?: string;
  /** Every country mentioned, most mentioned first. */
  countries: string[];
  themes: string[];
  developmentType?: string;
  sources: Source[];
  sections: Section[];
  /** Clean full text, paragraphs separated by blank lines. */
  text: string;
  contacts: ContactPoint[];
  agreements: Agreement[];
  /** Dated items of a bulletin or newsletter, each a development of its own; [] for other documents. */
  items?: DocumentItem[];
  /**
   * Table rows ("Header: cell; ...") and cards (key/value pairs) with the heading above each: units
   * search quotes whole. Kept instead of the block tree, which no one reads after extraction.
   */
  records?: DocumentRecord[];
  /** Why the document was cut short (more than N distinct terms), when it was. */
  capped?: CapReason;
}

export interface DocumentRecord {
  heading?: string;
  text: string;
}

/** A file skipped (or indexed only in part), and why. */
export interface LoadWarning {
  file: string;
  reason: SkipReason;
}
