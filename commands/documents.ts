/**
 * /documents: moderators see what is indexed, add a document from Discord (parsed before it is
 * saved; a file that cannot be used changes nothing), remove one, and re-index without a restart.
 */
import { cardLength } from '../src/answers/cards.ts';
import { defineGroup, type Attachment, type Context } from '../src/framework/define.ts';
import { packPages, pagedReply, readPageId } from '../src/answers/paging.ts';
import { COLORS, type Card, type Field, type Reply } from '../src/answers/reply.ts';
import { UserError } from '../src/i18n/user-error.ts';
import type { Document } from '../src/corpus/types.ts';
import { acceptName, acceptSize, DocumentRefused, type AddOutcome } from '../src/documents/manager.ts';
import type { ReloadResult } from '../src/documents/reindexer.ts';
import { describeReason } from '../src/i18n/reasons.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { texts, type Pack } from '../src/i18n/locale.ts';
import { countryName, kindName } from '../src/i18n/names.ts';
import { LIMITS } from '../src/render/limits.ts';
import { escapeMarkdown, inlineFile, truncate } from '../src/util/markdown.ts';

const code = inlineFile;

type Text = Pack['documents'];
const documentsText = texts('documents');

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
/** Room per page, under Discord's 4,000 characters of text a message (title, footer, markup aside). */
const PAGE_CHARS = LIMITS.textDisplayCharacters - 500;

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
    const outcome = await ctx.services.documents.add({
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
    const outcome = await ctx.services.documents.remove(document);
    const description = [
      documentsText(ctx.locale).removed(outcome.document.title, outcome.document.file),
      ...reloadLines(outcome.reload, ctx),
    ].join('\n');
    return { cards: [{ description, color: outcome.reload.ok ? COLORS.success : COLORS.error }], ephemeral: true };
  });
}

/** A failed reload is an error (exit code 2 in the terminal); the previous index keeps answering. */
async function reload(ctx: Context): Promise<Reply> {
  const result = await ctx.services.reindexer.reload();
  if (!result.ok) throw UserError.of(documentsText, 'reloadFailed', result.reason, ctx.kb.documents.length);
  return { cards: [{ description: reloadLines(result, ctx).join('\n'), color: COLORS.success }], ephemeral: true };
}

export default defineGroup({
  name: 'documents',
  example: 'list',
  moderatorOnly: true,
  private: true,
  deferAtOnce: true,
  subcommands: {
    list: {
      options: {
        page: { type: 'integer', min: 1, max: 1000 },
      },
    },
    add: {
      options: {
        file: { type: 'attachment', required: true },
        replace: {
          type: 'boolean',
        },
      },
    },
    remove: {
      options: {
        document: {
          type: 'string',
          required: true,
          autocomplete: true,
          max: 300,
        },
      },
    },
    reload: {},
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
