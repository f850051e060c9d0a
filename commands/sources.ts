/**
 * /sources: moderators follow feeds and pages; the bot checks them (on a timer, or now with
 * `check`), saves each new item as a document under DATA_DIR and indexes it, so answers and
 * digests include it, once.
 */
import { countryChoices, matchingChoices } from '../src/answers/choices.ts';
import { defineGroup, type Context } from '../src/framework/define.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { COLORS, type Card, type Reply } from '../src/answers/reply.ts';
import { SourceRefused, type CheckOutcome, type Source } from '../src/sources/service.ts';
import { describeProblem, sourcesText, type SourcesText } from '../src/sources/text.ts';
import { LIMITS } from '../src/render/limits.ts';
import { truncate } from '../src/util/markdown.ts';

const textOf = (ctx: Pick<Context, 'locale'>): SourcesText => sourcesText(ctx.locale);
const note = (description: string, color: number = COLORS.success): Reply => ({
  cards: [{ description, color }],
  ephemeral: true,
});
const service = (ctx: Context) => ctx.services.sources;

const SOURCE = {
  type: 'string',
  autocomplete: true,
  max: 100,
} as const;

const EVERY_CHOICES = ['60', '360', '1440'] as const;

function refusal(error: unknown): never {
  if (error instanceof SourceRefused)
    throw UserError.of(sourcesText, 'problem', error.error.problem, error.error.detail);
  throw error;
}

async function follow(
  options: { url: string; name?: string; every?: string; country?: string },
  ctx: Context,
): Promise<Reply> {
  const t = textOf(ctx);
  const everyMinutes = Number(options.every ?? '60');
  const source = await service(ctx)
    .follow({
      url: options.url,
      name: options.name,
      everyMinutes,
      country: options.country,
      addedBy: ctx.member?.userId,
    })
    .catch(refusal);
  return note(
    t.followed(
      source.name,
      t.kinds[source.kind] ?? source.kind,
      `<${source.fetchUrl}>`,
      t.every[everyMinutes] ?? `${everyMinutes} min`,
    ),
  );
}

function sourceLines(source: Source, t: SourcesText): string {
  const lines = [
    `**${source.name}** — ${t.kinds[source.kind] ?? source.kind} — <${source.fetchUrl}>`,
    t.status(source.items, source.lastSuccessAt, source.lastCheckedAt),
  ];
  if (source.lastError) lines.push(t.lastError(describeProblem(t, source.lastError)));
  return lines.join('\n');
}

/** Lines packed into as few cards as the limits allow. */
function cardsOf(title: string, blocks: readonly string[]): Card[] {
  const cards: Card[] = [];
  for (const block of blocks) {
    const last = cards[cards.length - 1];
    const joined = last ? `${last.description}\n\n${block}` : '';
    if (last && joined.length <= LIMITS.description) last.description = joined;
    else
      cards.push({
        title: cards.length === 0 ? title : undefined,
        description: truncate(block, LIMITS.description),
        color: COLORS.info,
      });
  }
  return cards.slice(0, LIMITS.cardsPerMessage);
}

async function list(ctx: Context): Promise<Reply> {
  const t = textOf(ctx);
  const sources = await service(ctx).list();
  if (sources.length === 0) return note(t.none, COLORS.empty);
  return {
    cards: cardsOf(
      t.listTitle(sources.length),
      sources.map((source) => sourceLines(source, t)),
    ),
    ephemeral: true,
  };
}

async function unfollow({ source }: { source: string }, ctx: Context): Promise<Reply> {
  const t = textOf(ctx);
  const removed = await service(ctx).unfollow(source);
  if (!removed) throw UserError.of(sourcesText, 'unknownSource', source);
  return note(t.unfollowed(removed.name, removed.items));
}

function outcomeLines(outcome: CheckOutcome, t: SourcesText): string {
  const { source, added, error } = outcome;
  if (error) return t.failed(source.name, describeProblem(t, error));
  if (added.length === 0) return t.nothingNew(source.name);
  return [t.added(source.name, added.length), ...added.map((item) => `- ${item.title} (\`${item.file}\`)`)].join('\n');
}

async function check({ source }: { source?: string }, ctx: Context): Promise<Reply> {
  const t = textOf(ctx);
  if (source && !(await service(ctx).find(source))) throw UserError.of(sourcesText, 'unknownSource', source);
  const outcomes = await service(ctx).check(source);
  if (outcomes.length === 0) return note(t.none, COLORS.empty);
  const color = outcomes.some((outcome) => outcome.error) ? COLORS.empty : COLORS.success;
  return {
    cards: cardsOf(
      t.checkTitle,
      outcomes.map((outcome) => outcomeLines(outcome, t)),
    ).map((card) => ({ ...card, color })),
    ephemeral: true,
  };
}

export default defineGroup({
  name: 'sources',
  moderatorOnly: true,
  private: true,
  subcommands: {
    follow: {
      options: {
        url: {
          type: 'string',
          required: true,
          max: 500,
        },
        name: {
          type: 'string',
          max: 80,
        },
        every: {
          type: 'string',
          choices: EVERY_CHOICES,
        },
        country: {
          type: 'string',
          autocomplete: true,
          max: 100,
        },
      },
    },
    list: {},
    unfollow: {
      options: { source: { ...SOURCE, required: true } },
    },
    check: {
      options: { source: SOURCE },
    },
  },
  run(options, ctx) {
    switch (options.subcommand) {
      case 'follow':
        return follow(options, ctx);
      case 'list':
        return list(ctx);
      case 'unfollow':
        return unfollow(options, ctx);
      case 'check':
        return check(options, ctx);
    }
  },
  autocomplete(focused, ctx) {
    if (focused.name === 'country') return countryChoices(ctx.kb, focused.value);
    if (focused.name === 'source') return matchingChoices(service(ctx).knownNames(), focused.value);
    return [];
  },
});
