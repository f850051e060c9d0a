/**
 * A world for the moderation tests on Discord: a fake Discord, a temp seeds folder and DATA_DIR, a
 * clock the test moves, and the bot (with its scheduler) started and restarted against them.
 */
import { visibleText } from './visible-text.ts';
import { rmSync } from 'node:fs';
import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll } from 'vitest';
import {
  MEMBER_PERMISSIONS,
  startFakeDiscord,
  type FakeDiscord,
  type FakeInteraction,
  type InteractionSource,
  type OptionValue,
} from '../fake-discord/index.ts';
import { startBotUnderTest, type BotOptions, type BotUnderTest } from './bot.ts';
import { expectValidDiscordBody } from './discord-spec.ts';
import { seedsFolder, tempDir, type SeedsFolder } from './seed-fixtures.ts';

export const MODERATOR: InteractionSource = {
  memberPermissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages,
};
export const MEMBER: InteractionSource = { memberPermissions: MEMBER_PERMISSIONS };
export const ROLE_ID = '987654321098765432';

export type Body = Record<string, any>;

export const channel = (id: string): OptionValue => ({ type: ApplicationCommandOptionType.Channel, value: id });

/** The answer the user finally sees: the callback's data, or the edit/follow-up after a deferral. */
async function finalAnswer(fake: FakeDiscord, interaction: FakeInteraction): Promise<Body> {
  const callback = await fake.waitForRequest(
    { method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) },
    10_000,
  );
  const body = callback.body as { type: number; data?: Body };
  if (body.type !== 5) return body.data ?? {};
  const webhook = `/webhooks/${fake.applicationId}/${interaction.token}`;
  const final = await fake.waitForRequest(
    (r) => ['PATCH', 'POST'].includes(r.method) && r.route.startsWith(webhook),
    30_000,
  );
  // An edit cannot change privacy: a deferred answer is as private as its deferral said.
  const edit = final.body as Body;
  return { ...edit, flags: (body.data?.flags ?? 0) | (edit.flags ?? 0) };
}

export function command(
  t: BotUnderTest,
  name: string,
  subcommand: string,
  options: Record<string, OptionValue> = {},
  source = MODERATOR,
) {
  const interaction = t.fake.sendInteraction(t.fake.chatInputInteraction({ name, subcommand, options, ...source }));
  return finalAnswer(t.fake, interaction);
}

/** All a reader sees of an answer. */
export const description = (answer: Body): string => visibleText(answer);

/** Messages the bot posted in a channel (not interaction responses). */
export const posted = (fake: FakeDiscord, channelId: string) =>
  fake.messages.filter((m) => m.channel_id === channelId && !m.webhook_id && !m.deleted);
export const postedText = (fake: FakeDiscord, channelId: string) =>
  posted(fake, channelId)
    .map((m) => visibleText(m))
    .join('\n');

function validateBodies(fake: FakeDiscord): void {
  const bodies = fake.requests.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.body !== undefined);
  for (const request of bodies) expectValidDiscordBody(request);
}

export interface World {
  fake: FakeDiscord;
  seeds: SeedsFolder;
  data: string;
  clock: { now: Date };
}

async function world(): Promise<World> {
  return {
    fake: await startFakeDiscord(),
    seeds: seedsFolder(),
    data: tempDir('data'),
    clock: { now: new Date('2026-02-10T08:00:00Z') },
  };
}

export function bot(w: World, extra: BotOptions = {}): Promise<BotUnderTest> {
  return startBotUnderTest({
    fake: w.fake,
    clock: () => w.clock.now,
    moderation: {},
    ...extra,
    env: { SEEDS_DIR: w.seeds.dir, DATA_DIR: w.data, MODERATOR_ROLE_ID: ROLE_ID, ...extra.env },
  });
}

/** A world and its bot for one describe block: started before its tests, closed after them. */
export function withBot(prepare?: (w: World) => void, extra?: BotOptions): { w: World; t: BotUnderTest } {
  const state = {} as { w: World; t: BotUnderTest };
  beforeAll(async () => {
    state.w = await world();
    prepare?.(state.w);
    state.t = await bot(state.w, extra);
  });
  afterAll(() => closeWorld(state.w, state.t));
  return state;
}

async function closeWorld(w: World, t?: BotUnderTest): Promise<void> {
  validateBodies(w.fake);
  await t?.stop();
  await w.fake.close();
  w.seeds.remove();
  rmSync(w.data, { recursive: true, force: true });
}
