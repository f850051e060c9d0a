/**
 * /documents: moderators see what is indexed, add a document from Discord (parsed before it is
 * saved; a file that cannot be used changes nothing), remove one, and re-index without a restart.
 */
import { cardLength } from '../src/answers/cards.ts';
import { defineGroup, type Attachment, type Context } from '../src/framework/define.ts';
import { packPages, pagedReply, readPageId } from '../src/answers/paging.ts';
import { COLORS, type Card, type Field, type Reply } from '../src/framework/reply.ts';
import { UserError } from '../src/framework/errors.ts';
import type { Document } from '../src/corpus/types.ts';
import { acceptName, acceptSize, DocumentRefused, type AddOutcome, type Problem } from '../src/documents/manager.ts';
import type { ReloadFailure, ReloadResult } from '../src/documents/reindexer.ts';
import { describeReason, type SkipReason } from '../src/corpus/warnings.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { texts } from '../src/i18n/locale.ts';
import { countryName, kindName } from '../src/i18n/names.ts';
import { LIMITS } from '../src/render/limits.ts';
import { escapeMarkdown, inlineFile, truncate } from '../src/util/markdown.ts';

const code = inlineFile;

const en = {
  listTitle: (n: number) => `Indexed documents (${n})`,
  undated: 'undated',
  refused: (problem: Problem, detail: string | SkipReason): string =>
    (
      ({
        name: (name: string) => `“${escapeMarkdown(name)}” leaves no usable file name.`,
        type: (file: string) => `${code(file)}: only .txt, .md, .html, .pdf and .docx files can be added.`,
        size: (size: string) => `The file is too large (${size}); the limit is 5 MB.`,
        unreadable: (reason: string) => `The file cannot be used: ${escapeMarkdown(reason)}. Nothing was saved.`,
        exists: (file: string) =>
          `${code(file)} is already in the folder. Add it again with replace: true to overwrite it.`,
        unknown: (value: string) => `No indexed document is ${code(value)}. Pick one from the suggestions.`,
        source: (where: string) =>
          `Only files attached in Discord can be added (not ${code(where)}). Nothing was saved.`,
        download: (reason: string) =>
          `The file could not be downloaded from Discord (${escapeMarkdown(reason)}). Try again.`,
        timeout: (seconds: string) =>
          `Downloading the file took longer than ${seconds} s and was stopped. Try again later.`,
      }) satisfies Record<Problem, (detail: string) => string>
    )[problem](typeof detail === 'string' ? detail : describeReason(detail, 'en')),
  needsDiscord: 'Adding a file needs Discord (an attachment); in the terminal, drop the file into the seeds folder.',
  added: (file: string, replaced: boolean) =>
    replaced ? `Replaced ${code(file)} and re-indexed.` : `Saved as ${code(file)} and indexed.`,
  removed: (title: string, file: string) =>
    `Removed **${escapeMarkdown(title)}** (${code(file)}); the file was moved aside into the data folder.`,
  reloaded: (documents: number, ms: number) => `Index rebuilt: ${documents} documents in ${ms} ms.`,
  skipped: (n: number) => `${n} file(s) skipped:`,
  reloadFailed: (reason: ReloadFailure, documents: number) =>
    `Re-indexing failed: ${escapeMarkdown(describeReason(reason, 'en'))}. Still answering from the previous index (${documents} documents).`,
  fields: {
    kind: 'Kind',
    date: 'Date',
    country: 'Country',
    contacts: 'Contact points',
    agreements: 'Agreements',
    none: 'none found',
  },
};

const cs: typeof en = {
  listTitle: (n) => `Indexované dokumenty (${n})`,
  undated: 'bez data',
  refused: (problem, detail) =>
    (
      ({
        name: (name: string) => `Z názvu „${escapeMarkdown(name)}“ nezbude použitelný název souboru.`,
        type: (file: string) => `${code(file)}: přidat lze jen soubory .txt, .md, .html, .pdf a .docx.`,
        size: (size: string) => `Soubor je příliš velký (${size}); limit je 5 MB.`,
        unreadable: (reason: string) => `Soubor nelze použít: ${escapeMarkdown(reason)}. Nic nebylo uloženo.`,
        exists: (file: string) => `${code(file)} už ve složce je. Pro přepsání ho přidejte znovu s replace: true.`,
        unknown: (value: string) => `Indexovaný dokument ${code(value)} neexistuje. Vyberte z nabídky.`,
        source: (where: string) =>
          `Přidat lze jen soubory přiložené v Discordu (ne ${code(where)}). Nic nebylo uloženo.`,
        download: (reason: string) =>
          `Soubor se nepodařilo stáhnout z Discordu (${escapeMarkdown(reason)}). Zkuste to znovu.`,
        timeout: (seconds: string) =>
          `Stahování souboru trvalo déle než ${seconds} s a bylo zastaveno. Zkuste to později.`,
      }) satisfies Record<Problem, (detail: string) => string>
    )[problem](typeof detail === 'string' ? detail : describeReason(detail, 'cs')),
  needsDiscord: 'Přidání souboru potřebuje Discord (přílohu); v terminálu soubor vložte do složky seeds.',
  added: (file, replaced) =>
    replaced ? `Soubor ${code(file)} nahrazen a znovu zaindexován.` : `Uloženo jako ${code(file)} a zaindexováno.`,
  removed: (title, file) =>
    `Odebráno: **${escapeMarkdown(title)}** (${code(file)}); soubor byl přesunut stranou do datové složky.`,
  reloaded: (documents, ms) => `Index znovu sestaven: ${documents} dokumentů za ${ms} ms.`,
  skipped: (n) => `Přeskočené soubory (${n}):`,
  reloadFailed: (reason, documents) =>
    `Přeindexování selhalo: ${escapeMarkdown(describeReason(reason, 'cs'))}. Odpovídám dál z předchozího indexu (${documents} dokumentů).`,
  fields: {
    kind: 'Druh',
    date: 'Datum',
    country: 'Země',
    contacts: 'Kontaktní místa',
    agreements: 'Dohody',
    none: 'nenalezeno',
  },
};

type Text = typeof en;
const documentsText = texts({ en, cs });

/** Words a refusal in the user's language; anything else goes on as it is. */
async function worded<T>(ctx: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DocumentRefused
      ? UserError.of(documentsText, 'refused', error.problem, error.reason ?? error.detail)
      : error;
  }
}

// Listing.

const PAGE_ITEMS = 10;
/** Room per page, under Discord's 6000 characters a message (title, footer, buttons aside). */
const PAGE_CHARS = LIMITS.totalEmbedCharacters - 500;

const documentField = (document: Document, text: Text): Field => ({
  name: truncate(escapeMarkdown(document.title), LIMITS.fieldName),
  value: [document.kind, document.date ?? text.undated, code(document.file)].join(' · '),
});

function listReply(ctx: Context, page: number): Reply {
  const text = documentsText(ctx.locale);
  const fields = ctx.kb.documents.map((document) => documentField(document, text));
  const card = (items: Field[]): Card => ({ title: text.listTitle(fields.length), fields: items, color: COLORS.info });
  const pages = packPages(fields, (field) => cardLength({ fields: [field] }), PAGE_ITEMS, PAGE_CHARS);
  return pagedReply(
    { command: 'documents', state: [], pages, page, render: (items) => ({ cards: [card(items)], ephemeral: true }) },
    ctx,
  );
}

// Adding, removing, reloading.

function reloadLines(result: ReloadResult, ctx: Context): string[] {
  const text = documentsText(ctx.locale);
  if (!result.ok) return [text.reloadFailed(result.reason, ctx.kb.documents.length)];
  const skipped = result.warnings
    .slice(0, 5)
    .map((w) => `• ${code(w.file)}: ${escapeMarkdown(describeReason(w.reason, ctx.locale))}`);
  return [
    text.reloaded(result.documents, result.ms),
    ...(skipped.length ? [text.skipped(result.warnings.length), ...skipped] : []),
  ];
}

const namesOrNone = (names: readonly string[], none: string): string =>
  names.length
    ? truncate(`${names.length}: ${names.slice(0, 5).map(escapeMarkdown).join('; ')}`, LIMITS.fieldValue)
    : none;

function addedReply({ file, document, replaced, reload }: AddOutcome, ctx: Context): Reply {
  const text = documentsText(ctx.locale);
  const { fields: f } = text;
  const contacts = document.contacts.map((c) => [c.organisation, c.unit].filter(Boolean).join(', '));
  const fields: Field[] = [
    { name: f.kind, value: kindName(document.kind, ctx.locale), inline: true },
    { name: f.date, value: document.date ? readableDate(document.date, ctx.locale) : text.undated, inline: true },
    { name: f.country, value: document.country ? countryName(document.country, ctx.locale) : '—', inline: true },
    { name: f.contacts, value: namesOrNone(contacts, f.none) },
    {
      name: f.agreements,
      value: namesOrNone(
        document.agreements.map((a) => a.name),
        f.none,
      ),
    },
  ];
  const description = [text.added(file, replaced), ...reloadLines(reload, ctx)].join('\n');
  const color = reload.ok ? COLORS.success : COLORS.error;
  return { cards: [{ title: escapeMarkdown(document.title), description, fields, color }], ephemeral: true };
}

async function add({ file, replace }: { file: Attachment; replace?: boolean }, ctx: Context): Promise<Reply> {
  const { download } = ctx;
  return worded(ctx, async () => {
    acceptName(file.name);
    acceptSize(file.size);
    if (!download) throw UserError.of(documentsText, 'needsDiscord');
    const bytes = await download(file);
    const outcome = await ctx.moderation.documents.add({
      name: file.name,
      bytes,
      replace,
      addedBy: ctx.member?.userId,
    });
    return addedReply(outcome, ctx);
  });
}

async function remove({ document }: { document: string }, ctx: Context): Promise<Reply> {
  return worded(ctx, async () => {
    const outcome = await ctx.moderation.documents.remove(document);
    const description = [
      documentsText(ctx.locale).removed(outcome.document.title, outcome.document.file),
      ...reloadLines(outcome.reload, ctx),
    ].join('\n');
    return { cards: [{ description, color: outcome.reload.ok ? COLORS.success : COLORS.error }], ephemeral: true };
  });
}

/** A failed reload is an error (exit code 2 in the terminal); the previous index keeps answering. */
async function reload(ctx: Context): Promise<Reply> {
  const result = await ctx.moderation.reindexer.reload();
  if (!result.ok) throw UserError.of(documentsText, 'reloadFailed', result.reason, ctx.kb.documents.length);
  return { cards: [{ description: reloadLines(result, ctx).join('\n'), color: COLORS.success }], ephemeral: true };
}

export default defineGroup({
  name: 'documents',
  nameCs: 'dokumenty',
  description: 'Moderators: what is indexed; add, remove or re-index documents',
  descriptionCs: 'Moderátoři: co je zaindexováno; přidat, odebrat, přeindexovat dokumenty',
  example: 'list',
  moderatorOnly: true,
  private: true,
  deferAtOnce: true,
  subcommands: {
    list: {
      description: 'What is indexed: title, kind, date, file',
      descriptionCs: 'Co je zaindexováno: název, druh, datum, soubor',
      options: {
        page: { type: 'integer', description: 'Page number', descriptionCs: 'Číslo strany', min: 1, max: 1000 },
      },
    },
    add: {
      description: 'Add a .txt, .md, .html, .pdf or .docx document (up to 5 MB)',
      descriptionCs: 'Přidat dokument .txt, .md, .html, .pdf nebo .docx (do 5 MB)',
      options: {
        file: { type: 'attachment', description: 'The document', descriptionCs: 'Dokument', required: true },
        replace: {
          type: 'boolean',
          description: 'Overwrite a file of the same name',
          descriptionCs: 'Přepsat soubor stejného názvu',
        },
      },
    },
    remove: {
      description: 'Remove a document from the index (the file is moved aside)',
      descriptionCs: 'Odebrat dokument z indexu (soubor se přesune stranou)',
      options: {
        document: {
          type: 'string',
          description: 'The document',
          descriptionCs: 'Dokument',
          required: true,
          autocomplete: true,
          max: 300,
        },
      },
    },
    reload: { description: 'Re-read the documents folder now', descriptionCs: 'Znovu načíst složku dokumentů' },
  },
  run(options, ctx) {
    switch (options.subcommand) {
      case 'list':
        return listReply(ctx, (options.page ?? 1) - 1);
      case 'add':
        return add(options, ctx);
      case 'remove':
        return remove(options, ctx);
      case 'reload':
        return reload(ctx);
    }
  },
  button: (rest, ctx) => listReply(ctx, readPageId(rest).page),
  autocomplete(focused, ctx) {
    if (focused.name !== 'document') return [];
    // The file when it fits Discord's 100 characters, else the id (remove accepts either).
    return ctx.kb
      .suggestTitles(focused.value)
      .map((d) => ({ name: `${d.title} · ${d.file}`, value: d.file.length <= 100 ? d.file : d.id }));
  },
});
