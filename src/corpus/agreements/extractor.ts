/**
 * Agreements. A treaty text (numbered articles: "Article 5", "Článek 5") is read as itself: its
 * title, parties (from the title and preamble), signing place and date ("Done at ... on ...") and
 * one provision per article ("Article 5 Joint patrols: its first sentence"). A notice of
 * instruments (a gazette's, ../instruments.ts) yields each instrument it names with its dated
 * steps, the articles it publishes as provisions of its one current instrument. Any other document
 * is read sentence by sentence for the agreements it reports (sentences.ts), English and Czech.
 */
import { type Block, walkBlocks } from '../blocks.ts';
import { capLength, extractAgreements, SIGNED_AT, splitSentences } from './sentences.ts';
import { fold } from '../clean.ts';
import { countriesMentioned } from '../countries.ts';
import { findDates } from '../dates.ts';
import type { Agreement } from '../types.ts';
import { signingOf } from '../extractors/dates.ts';
import { instrumentsFromTable, readInstruments } from '../instruments.ts';
import type { Extractor } from '../extractors/types.ts';

/** Instruments listed in the document's tables. */
const tableInstruments = (blocks: readonly Block[], countries: readonly string[]): Agreement[] =>
  [...walkBlocks(blocks)].flatMap(({ block }) =>
    block.type === 'table' ? instrumentsFromTable(block.header, block.rows, countries) : [],
  );

/** An attachment ("Příloha č. 1 – … (PDF, 412 kB)") or a gazette entry cited ("Oznámenie č. 247/2002 Z. z."): no provision. */
const NOT_PROVIDING =
  /\((?:PDF|DOCX?|RTF|ODT|XLSX?)\b|\b\d+(?:[.,]\d+)?\s*[kKM]B\b|^[-–•\s]*\p{L}+\s+(?:č\.|Nr\.)\s*\d+\/\d{4}/u;

/**
 * Whether a sentence of a notice says what its instrument provides: not the notice's own heading
 * naming the instrument ("Oznámenie … o uzavretí Zmluvy medzi …"), an attachment or a gazette entry.
 */
function providing(line: string, name: string): boolean {
  if (NOT_PROVIDING.test(line)) return false;
  // The name after its noun ("medzi Slovenskou republikou a …"), as the heading holds it in any case.
  const named = fold(name).replace(/^\S+\s+/u, '');
  return named.length < 20 || !fold(line).includes(named);
}

/** A treaty's own clause on what it needs to take effect: ratification or approval. */
const SUBJECT_TO =
  /(?<!\p{L})(?:is\s+subject\s+to\s+(?:ratification|approval)|podléhá\s+(?:ratifikaci|schválení)|podlieha\s+(?:ratifikácii|schváleniu)|bedarf\s+der\s+(?:Ratifikation|Genehmigung)|unterliegt\s+der\s+Ratifikation)(?!\p{L})/iu;

const ARTICLE = /^((?:article|art\.|článek|clanek|čl\.)\s*(\d+[a-z]?))\.?\s*[-–—:.]?\s*(.*)$/iu;
const EU_PARTY = /\b(?:EU|European Union|Evropsk\p{L}* uni\p{L}*)\b/u;

interface Article {
  label: string;
  heading: string;
  text: string[];
}

/** Articles in reading order: "Article 5" headings (or paragraphs opening with one), with the text under each. */
function articlesOf(blocks: readonly Block[]): { articles: Article[]; preamble: string[] } {
  const articles: Article[] = [];
  const preamble: string[] = [];
  for (const { block } of walkBlocks(blocks)) {
    const text =
      block.type === 'heading' || block.type === 'paragraph'
        ? block.text
        : block.type === 'list'
          ? block.items.join('\n')
          : '';
    const [first = '', ...rest] = text.split('\n');
    const match = block.type !== 'list' ? ARTICLE.exec(first) : null;
    if (match && first.length <= 120) {
      let heading = (match[3] ?? '').trim();
      const body = [...rest];
      // "Article 5" / "Joint patrols" / text: a short line without a full stop right under it is its title.
      if (!heading && body[0] && body[0].length <= 80 && !/[.;:]$/.test(body[0])) heading = body.shift()!;
      articles.push({ label: match[1]!.replace(/\s+/g, ' '), heading, text: body.length > 0 ? [body.join(' ')] : [] });
      continue;
    }
    const open = articles[articles.length - 1];
    if (!text) continue;
    if (open) {
      if (!open.heading && open.text.length === 0 && block.type === 'heading') open.heading = text;
      else open.text.push(text.replace(/\n/g, ' '));
    } else if (block.type !== 'heading') preamble.push(text.replace(/\n/g, ' '));
  }
  return { articles, preamble };
}

export const isTreatyText = (blocks: readonly Block[]): boolean => articlesOf(blocks).articles.length >= 3;

function treatyOf(blocks: readonly Block[], title: string, fullText: string): Agreement | undefined {
  const { articles, preamble } = articlesOf(blocks);
  if (articles.length < 3) return undefined;
  const opening = [title, ...preamble.slice(0, 6)].join(' ');
  const parties = countriesMentioned(opening);
  // The EU beside two states ("as Member States of the European Union") is no party, unless the title names it.
  if (EU_PARTY.test(title) || (parties.length < 2 && EU_PARTY.test(opening))) parties.push('European Union');
  const signedAt = SIGNED_AT.exec(fullText);
  const signing =
    signingOf(fullText) ??
    (signedAt?.[1]
      ? {
          place: signedAt[1],
          date: findDates(fullText.slice((signedAt.index ?? 0) + signedAt[0].length).slice(0, 40))[0],
        }
      : undefined);
  const provisions = articles.map((article) => {
    const first = splitSentences(article.text.join(' '))[0] ?? '';
    return capLength([article.label, article.heading].filter(Boolean).join(' ') + (first ? `: ${first}` : ''));
  });
  // "This Treaty is subject to ratification", "Smlouva podléhá ratifikaci": what it still needs, in its own words.
  const conditions = articles
    .flatMap((article) => article.text.flatMap((paragraph) => paragraph.split(/\s+(?=\(\d+\)\s)/u)))
    .flatMap(splitSentences)
    .map((sentence) => sentence.replace(/^\(\d+\)\s*/u, '').replace(/[\s.]+$/u, ''))
    .filter((sentence) => SUBJECT_TO.test(sentence) && sentence.length <= 120);
  return {
    name: title,
    parties,
    ...(signing?.date ? { signed: signing.date } : {}),
    ...(signing?.place ? { place: signing.place } : {}),
    status: [...(signing?.date ? ['signed'] : []), ...conditions],
    provisions,
    history: [
      ...(signing?.date ? [{ status: 'signed', date: signing.date }] : []),
      ...conditions.map((status) => ({ status, ...(signing?.date ? { date: signing.date } : {}) })),
    ],
  };
}

/** Labels of an agreement's record in a database entry ("Title:", "Date of entry into force:"), folded. */
const RECORD_LABELS = {
  name: /^(?:title|name|agreement|nazev|nazov|titel|bezeichnung)$/,
  parties: /^(?:parties|contracting parties|smluvni strany|zmluvne strany|vertragsparteien|parteien)$/,
  signed:
    /^(?:date of signature|signed|signature|datum podpisu|podepsano|podpisane|unterzeichnet|datum der unterzeichnung)$/,
  place: /^(?:place of signature|misto podpisu|miesto podpisu|ort der unterzeichnung)$/,
  inForce:
    /^(?:(?:date of )?entry into force|in force since|vstup v platnost|platnost od|nadobudnutie platnosti|inkrafttreten|in kraft seit)$/,
  replaces: /^(?:replaces|supersedes|nahrazuje|nahradza|ersetzt)$/,
} as const;

/**
 * An agreement a database entry records in labelled fields ("Title: …", "Parties: …", "Date of
 * signature: 18/09/2025", "Date of entry into force: …", "Replaces: …"), with the one it replaces.
 */
function recordedAgreements(blocks: readonly Block[], title: string): Agreement[] {
  const fields = new Map<keyof typeof RECORD_LABELS, string>();
  for (const { block } of walkBlocks(blocks)) {
    if (block.type !== 'pairs') continue;
    for (const { key, value } of block.pairs) {
      const label = fold(key)
        .replace(/[:\s]+$/u, '')
        .trim();
      const field = (Object.keys(RECORD_LABELS) as Array<keyof typeof RECORD_LABELS>).find((name) =>
        RECORD_LABELS[name].test(label),
      );
      if (field && value.trim() && !fields.has(field)) fields.set(field, value.trim());
    }
  }
  // An entry under the agreement's name as its heading names it there, not in a field.
  const name = fields.get('name') ?? (fields.has('parties') ? title || undefined : undefined);
  const named = fields.get('parties') ?? name ?? '';
  const parties = [...countriesMentioned(named), ...(EU_PARTY.test(named) ? ['European Union'] : [])];
  const signed = findDates(fields.get('signed') ?? '')[0];
  const inForce = findDates(fields.get('inForce') ?? '')[0];
  if (!name || parties.length < 2 || (!signed && !inForce)) return [];
  const place = fields.get('place');
  const replaced = fields.get('replaces');
  // "…, signed in Prague on 12 May 2004": the replaced one's name up to its signing, and its day.
  const replacedName = replaced?.replace(/,?\s*(?:signed|podepsan\p{L}*|podpísan\p{L}*|unterzeichnet)\b.*$/iu, '');
  const history = [
    ...(inForce ? [{ kind: 'in force' as const, status: 'in force', date: inForce }] : []),
    ...(signed ? [{ kind: 'signed' as const, status: 'signed', date: signed }] : []),
  ];
  const recorded: Agreement = {
    name,
    parties,
    ...(signed ? { signed } : {}),
    ...(place ? { place } : {}),
    status: history.map((step) => step.status),
    provisions: [],
    history,
    ...(replacedName ? { replaces: [replacedName] } : {}),
  };
  if (!replaced || !replacedName) return [recorded];
  const replacedSigned = signingOf(replaced)?.date ?? findDates(replaced)[0];
  return [
    recorded,
    {
      name: replacedName,
      parties,
      ...(replacedSigned ? { signed: replacedSigned } : {}),
      status: ['terminated'],
      provisions: [],
      history: [
        ...(inForce ? [{ kind: 'terminated' as const, status: 'terminated', date: inForce }] : []),
        ...(replacedSigned ? [{ kind: 'signed' as const, status: 'signed', date: replacedSigned }] : []),
      ],
      replacedBy: name,
    },
  ];
}

export const agreements: Extractor = {
  name: 'agreements',
  extract({ blocks }, facts) {
    const title = facts.title ?? '';
    const fullText = facts.fullText ?? '';
    const recorded = recordedAgreements(blocks, title);
    if (recorded.length > 0) return { agreements: recorded };
    const treaty = treatyOf(blocks, title, fullText);
    const instruments = [...readInstruments(fullText, facts.date), ...tableInstruments(blocks, facts.countries ?? [])];
    if (instruments.length > 0) {
      // A notice with the text it publishes: the articles are the provisions of its one current instrument.
      const current = instruments.filter((instrument) => !instrument.replacedBy);
      if (treaty && current.length === 1) {
        current[0]!.provisions = treaty.provisions;
        // Its own "Done at Vienna on …" signs it when no notice sentence did.
        if (!current[0]!.signed && treaty.signed) {
          Object.assign(current[0]!, { signed: treaty.signed, ...(treaty.place ? { place: treaty.place } : {}) });
          current[0]!.status = ['signed', ...current[0]!.status];
          current[0]!.history = [
            { kind: 'signed', status: 'signed', date: treaty.signed },
            ...(current[0]!.history ?? []),
          ];
        }
      }
      // A report of one instrument: what it says the instrument provides, read as any report is; and when it
      // gives no signing day, the signing the report states otherwise ("signed it in April 2015").
      if (!treaty && current.length === 1 && (current[0]!.provisions.length === 0 || !current[0]!.signed)) {
        const instrument = current[0]!;
        const reported = extractAgreements(fullText, { title, date: facts.date, countries: facts.countries ?? [] })[0];
        if (instrument.provisions.length === 0)
          instrument.provisions = (reported?.provisions ?? []).filter((line) => providing(line, instrument.name));
        const sameParties =
          reported !== undefined && instrument.parties.every((party) => reported.parties.includes(party));
        if (reported && sameParties && !instrument.signed && reported.signed) {
          Object.assign(instrument, { signed: reported.signed, ...(reported.place ? { place: reported.place } : {}) });
          instrument.history = [
            { kind: 'signed', status: 'signed', date: reported.signed },
            ...(instrument.history ?? []),
          ];
          instrument.status = ['signed', ...instrument.status];
        }
        // "Readmission agreement between …" holds "Agreement between …" and says more.
        if (reported && sameParties && reported.name.toLowerCase().includes(instrument.name.toLowerCase()))
          instrument.name = reported.name;
      }
      return { agreements: instruments };
    }
    if (treaty) return { agreements: [treaty] };
    return { agreements: extractAgreements(fullText, { title, date: facts.date, countries: facts.countries ?? [] }) };
  },
};
