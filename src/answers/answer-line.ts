/**
 * The answer line: the first line of every lookup, stating the answer in the reader's language
 * (the value in bold: a date as the reader writes dates), then the sentence that holds it, quoted
 * as written, and where it stands. A hit in another language than the question's says which
 * ("EN", "SK"), so a Czech reader knows why an English sentence answers.
 */
import { detectLanguage } from '../corpus/language.ts';
import type { Document, Language } from '../corpus/types.ts';
import { readableDate } from '../i18n/dates.ts';
import type { Locale } from '../i18n/locale.ts';
import type { AnswerValue } from '../knowledge/answer-line.ts';
import type { ContactAnswer } from '../knowledge/contact-answer.ts';
import { agreementLabel } from '../knowledge/agreements.ts';
import type { TreatyAnswer } from '../knowledge/treaty-answer.ts';
import { escapeMarkdown } from '../util/markdown.ts';
import { fold } from '../corpus/clean.ts';
import { DEPUTY } from '../corpus/contacts/lines.ts';

/**
 * A quote in the answer line is cut to about this many characters, around the value: most
 * sentences are quoted whole, as the evidence a reader checks the answer by.
 */
const QUOTE_LENGTH = 400;

/** The part of a sentence around `focus` (an index), cut at word boundaries, with ellipses. */
export function around(sentence: string, focus: number, length = QUOTE_LENGTH): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  let start = Math.max(0, Math.min(focus - Math.floor(length / 3), flat.length - length));
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** The language tag shown beside a hit whose language differs from the question's. */
export function languageTag(question: string, hitLanguage: Language, locale: Locale): string | undefined {
  const asked = detectLanguage(question, locale);
  return asked && asked !== hitLanguage ? hitLanguage.toUpperCase() : undefined;
}

export interface AnswerLineInput {
  value?: AnswerValue;
  /** The sentence that answers, as written. */
  sentence: string;
  /** The document cited by its title; none for a question's second part, read from the same document. */
  document?: Document;
  /** Language tag of a cross-language hit. */
  tag?: string;
}

/**
 * "**6. února 2026** · “On 6 February 2026, the ministers signed …” · Title (EN)": the document is
 * cited by its title here, and by its file and link in the result right below, which shows the passage.
 */
export function answerLine({ value, sentence, document, tag }: AnswerLineInput, locale: Locale): string {
  const shown = value
    ? value.date
      ? [value.from, value.date]
          .filter(Boolean)
          .map((date) => readableDate(date!, locale))
          .join(' – ')
      : value.text
    : undefined;
  const focus = value ? Math.max(0, sentence.indexOf(value.text)) : 0;
  const quote = `“${escapeMarkdown(around(sentence, focus))}”`;
  const source = document && `${escapeMarkdown(document.title)}${tag ? ` (${tag})` : ''}`;
  const counts = value?.counts ? ` ${escapeMarkdown(value.counts)}` : '';
  return [shown && `**${escapeMarkdown(shown)}**${counts}`, quote, source].filter(Boolean).join(' · ');
}

/**
 * "**974 632 700** · Nepřetržitá služba · SKP Lanžhot – Kúty, Policie ČR": a contact field
 * asked for. With `brief`, the unit's other ways to reach it follow the field asked for (its first
 * phone, e-mail and address), so /contacts answers in its first line whatever was asked.
 */
export function contactLine(answer: ContactAnswer, brief = false, who = false, deputy = false): string {
  const { contact } = answer.match;
  // "Who heads it and what is the e-mail?": the person first, as the page names them; asked for the
  // deputy ("Kdo je zástupcem vedoucího …?"), the one whose post says so.
  const holder = (deputy ? contact.staff?.find((member) => DEPUTY.test(fold(member.role))) : undefined) ?? contact.head;
  const person = who && holder ? `**${escapeMarkdown(holder.name)}** (${escapeMarkdown(holder.role)})` : undefined;
  const whose = [contact.unit, contact.organisation].filter(Boolean).join(', ');
  const others = brief
    ? [
        answer.match.phones.find((phone) => phone.raw !== answer.value)?.raw,
        contact.emails[0]?.address,
        contact.address,
      ].filter((value): value is string => value !== undefined && value !== answer.value)
    : [];
  return [
    person,
    `**${escapeMarkdown(answer.value)}**`,
    answer.label && escapeMarkdown(answer.label),
    ...others.map(escapeMarkdown),
    whose && escapeMarkdown(whose),
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * "**2. srpna 2024** · “Protokol vstoupil v platnost dne 2. srpna 2024.” · Protocol … — Czechia,
 * Poland": an agreement's step, quoted by the whole sentence stating it when it is known.
 */
export function treatyLine({ entry, step, sentence }: TreatyAnswer, locale: Locale, tag?: string): string {
  return [
    step.date && `**${escapeMarkdown(readableDate(step.date, locale))}**`,
    `“${escapeMarkdown(around(sentence ?? step.status, 0))}”`,
    `${escapeMarkdown(agreementLabel(entry.agreement))}${tag ? ` (${tag})` : ''}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The line under an answer that quotes its evidence: the document's sentence (or table row) whole, as written. */
export const evidenceLine = (sentence: string | undefined): string | undefined =>
  sentence ? `> “${escapeMarkdown(around(sentence, 0))}”` : undefined;
