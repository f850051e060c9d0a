/** /contacts, /treaty and /developments end to end: the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction } from './fake-discord/index.ts';
import { callbackOf, startBotUnderTest, type BotUnderTest, type CallbackBody } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';

let t: BotUnderTest;

beforeAll(async () => {
  t = await startBotUnderTest();
});

afterAll(async () => {
  const bodies = t.fake.requests.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method) && r.body !== undefined);
  for (const request of bodies) expectValidDiscordBody(request);
  await t?.stop();
});

type Body = CallbackBody;

const callback = (interaction: FakeInteraction): Promise<Body> => callbackOf(t.fake, interaction);

const command = (
  name: string,
  options: Record<string, string | number | boolean> = {},
  locale?: string,
): Promise<Body> =>
  callback(t.fake.sendInteraction(t.fake.chatInputInteraction({ name, options, ...(locale ? { locale } : {}) })));

async function choices(
  name: string,
  focused: { name: string; value: string },
  options: Record<string, string> = {},
): Promise<string[]> {
  const body = await callback(t.fake.sendInteraction(t.fake.autocompleteInteraction({ name, focused, options })));
  expect(body.type).toBe(8);
  const list = body.data.choices as Array<{ name: string; value: string }>;
  expect(list.length).toBeLessThanOrEqual(25);
  for (const choice of list) {
    expect(choice.name.length).toBeGreaterThanOrEqual(1);
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.value.length).toBeLessThanOrEqual(100);
  }
  return list.map((choice) => choice.name);
}

/** What a reader sees after a field's name: its value first, then whatever follows it. */
const fieldValue = (data: object, name: string): string => {
  const text = visibleText(data);
  const at = text.indexOf(`**${name}**\n`);
  return at < 0 ? '' : text.slice(at + name.length + 5);
};

describe('structured answers on Discord', () => {
  it('/contacts query: who do I call at night → the 24/7 permanent service first, mentions locked down', async () => {
    const body = await command('contacts', { query: 'who do I call at night' });
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const card = body.data;
    expect(visibleLines(card)).toContain('**International Police Cooperation Directorate**');
    expect(fieldValue(card, 'Phones').split('\n')[0]).toBe(
      '**Permanent service: 974 834 210 · +420 974 834 210 · 24/7**',
    );
    expect(fieldValue(card, 'Source')).toContain('`001_cb69db5f71028c61.txt`');
  });

  it('/contacts in Czech, privately with hide', async () => {
    const body = await callback(
      t.fake.sendInteraction(
        t.fake.chatInputInteraction({ name: 'contacts', options: { query: 'fax', hide: true }, locale: 'cs' }),
      ),
    );
    expect(isPrivate(body.data)).toBe(true);
    expect(visibleLines(body.data)).toContain('**Telefony**');
  });

  it('/treaty query: Slovakia → parties, signed, status and provisions, cited', async () => {
    const body = await command('treaty', { query: 'Slovakia' });
    const card = body.data;
    expect(visibleLines(card)).toContain('**Treaty on Police Cooperation**');
    expect(fieldValue(card, 'Signed').split('\n')[0]).toBe('6 February 2026');
    expect(fieldValue(card, 'Key provisions')).toContain('cross-border pursuit');
    expect(fieldValue(card, 'Source')).toContain('https://mv.gov.cz/');
  });

  it('/developments pages with buttons; Next updates the message in place with page 2', async () => {
    const body = await command('developments', { country: 'Czechia', limit: 1 });
    expect(body.type).toBe(4);
    expect(visibleText(body.data)).toMatch(/^\*\*2026-02-06\*\* · Czechia · Policy/m);
    expect(visibleLines(body.data).at(-1)).toBe('-# Page 1 of 2');
    const buttons = body.data.components.at(-1).components as Array<{
      label: string;
      custom_id: string;
      disabled: boolean;
    }>;
    expect(buttons.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Previous', true],
      ['Next ▶', false],
    ]);
    const next = buttons[1]!;
    expect(next.custom_id.length).toBeLessThanOrEqual(100);

    const update = await callback(t.fake.sendInteraction(t.fake.buttonInteraction({ customId: next.custom_id })));
    expect(update.type).toBe(7);
    expect(visibleText(update.data)).toMatch(/^\*\*2025-01-16\*\* · Czechia · Policy/m);
    expect(visibleText(update.data)).not.toContain('2026-02-06');
    expect(visibleLines(update.data).at(-1)).toBe('-# Page 2 of 2');
    expect(update.data.components.at(-1).components.map((b: { disabled: boolean }) => b.disabled)).toEqual([
      false,
      true,
    ]);
    expect(update.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/developments explains an empty answer and refuses a bad date privately', async () => {
    const empty = await command('developments', { country: 'Czechia', since: '2026-03-01' });
    expect(visibleLines(empty.data)).toContain('2 developments in Czechia, but none since 1 March 2026.');
    const bad = await command('developments', { since: 'next tuesday-ish' });
    expect(isPrivate(bad.data)).toBe(true);
    expect(visibleText(bad.data)).toContain('is not a date I understand');
  });
});

describe('autocomplete from memory', () => {
  it('suggests contact organisations and units, agreement names, development countries and topics', async () => {
    expect(await choices('contacts', { name: 'query', value: 'police' })).toEqual([
      'Police Presidium of the Czech Republic',
      'International Police Cooperation Directorate',
    ]);
    expect(await choices('treaty', { name: 'query', value: 'tre' })).toEqual([
      'Treaty on Police Cooperation — Czechia, Slovakia',
    ]);
    expect(await choices('developments', { name: 'country', value: 'cz' })).toEqual(['Czechia']);
    expect(await choices('developments', { name: 'topic', value: 'access' }, { country: 'Czechia' })).toEqual([
      'Access to procedures and non-refoulement',
    ]);
    expect((await choices('developments', { name: 'topic', value: '' })).length).toBeGreaterThan(0);
  });
});
