/** /contacts, /treaty and /developments end to end: the real discord.js client against the fake Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction } from './fake-discord/index.ts';
import { callbackOf, startBotUnderTest, type BotUnderTest, type CallbackBody } from './support/bot.ts';
import { expectValidDiscordBody } from './support/discord-spec.ts';

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

const fieldValue = (embed: { fields?: Array<{ name: string; value: string }> } | undefined, name: string): string =>
  embed?.fields?.find((f) => f.name === name)?.value ?? '';

describe('structured answers on Discord', () => {
  it('/contacts query: who do I call at night → the 24/7 permanent service first, mentions locked down', async () => {
    const body = await command('contacts', { query: 'who do I call at night' });
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const [card] = body.data.embeds;
    expect(card.title).toBe('International Police Cooperation Directorate');
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
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0].fields.map((f: { name: string }) => f.name)).toContain('Telefony');
  });

  it('/treaty query: Slovakia → parties, signed, status and provisions, cited', async () => {
    const body = await command('treaty', { query: 'Slovakia' });
    const [card] = body.data.embeds;
    expect(card.title).toBe('Treaty on Police Cooperation');
    expect(fieldValue(card, 'Signed')).toBe('6 February 2026');
    expect(fieldValue(card, 'Key provisions')).toContain('cross-border pursuit');
    expect(fieldValue(card, 'Source')).toContain('https://mv.gov.cz/');
  });

  it('/developments pages with buttons; Next updates the message in place with page 2', async () => {
    const body = await command('developments', { country: 'Czechia', limit: 1 });
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].fields[0].value).toMatch(/^\*\*2026-02-06\*\* · Czechia · Policy/);
    expect(body.data.embeds[0].footer.text).toBe('Page 1 of 2');
    const buttons = body.data.components[0].components as Array<{
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
    expect(update.data.embeds[0].fields[0].value).toMatch(/^\*\*2025-01-16\*\* · Czechia · Policy/);
    expect(update.data.embeds[0].footer.text).toBe('Page 2 of 2');
    expect(update.data.components[0].components.map((b: { disabled: boolean }) => b.disabled)).toEqual([false, true]);
    expect(update.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/developments explains an empty answer and refuses a bad date privately', async () => {
    const empty = await command('developments', { country: 'Czechia', since: '2026-03-01' });
    expect(empty.data.embeds[0].description).toBe('2 developments in Czechia, but none since 1 March 2026.');
    const bad = await command('developments', { since: 'next tuesday-ish' });
    expect(bad.data.flags).toBe(64);
    expect(bad.data.embeds[0].description).toContain('is not a date I understand');
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
