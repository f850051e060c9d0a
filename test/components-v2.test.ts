/**
 * Answers, contact cards, treaty cards, lists and digests as Discord's layout components (Components
 * V2): every payload Discord accepts (its OpenAPI file and the limits it does not encode: 40
 * components, 4,000 characters of text, no content or embeds beside them), in English and Czech,
 * and what a reader sees is the whole answer, in order.
 */
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import contacts from '../commands/contacts.ts';
import developments from '../commands/developments.ts';
import help from '../commands/help.ts';
import search from '../commands/search.ts';
import treaty from '../commands/treaty.ts';
import { COLORS, type Reply } from '../src/answers/reply.ts';
import { buildDigest } from '../src/digest/build.ts';
import { digestParts } from '../src/digest/render.ts';
import type { Locale } from '../src/i18n/locale.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { allMessages, toDiscordMessage, toDiscordMessages } from '../src/render/discord.ts';
import { discordRuleViolations, validateRequestBody } from './support/discord-spec.ts';
import { contextFor, seedKnowledge } from './support/structured.ts';
import { linkButtons, visibleLines, visibleText } from './support/visible-text.ts';

/** Every way a payload reaches Discord: interaction response, follow-up, edit, channel message. */
function problems(payload: object): string[] {
  const requests: Array<[string, string, object]> = [
    ['POST', '/api/v10/interactions/1/t/callback', { type: 4, data: payload }],
    ['POST', '/api/v10/webhooks/1/t?wait=true', payload],
    ['PATCH', '/api/v10/webhooks/1/t/messages/%40original', payload],
    ['POST', '/api/v10/channels/1/messages', payload],
  ];
  return requests.flatMap(([method, path, body]) => [
    ...validateRequestBody(method, path, body).errors,
    ...discordRuleViolations(method, path, body),
  ]);
}

const expectAccepted = (reply: Reply) => {
  for (const message of allMessages(reply)) expect(problems(toDiscordMessage(message))).toEqual([]);
};

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await seedKnowledge()).seeds;
});

describe.each<Locale>(['en', 'cs'])('every answer in %s is a Components V2 message Discord accepts', (locale) => {
  const ctx = () => contextFor(kb, locale, 'discord');

  it('/search, /contacts, /treaty, /developments and /help', async () => {
    const replies = [
      await search.run({ query: 'policejní spolupráce' }, ctx()),
      await contacts.run({ query: 'fax' }, ctx()),
      await contacts.run({}, ctx()),
      await treaty.run({ query: 'Slovakia' }, ctx()),
      await developments.run({ country: 'Czechia', limit: 1 }, ctx()),
      await help.run({}, ctx()),
    ];
    for (const reply of replies) {
      expectAccepted(reply);
      const payload = toDiscordMessage(reply);
      expect(payload.flags! & MessageFlags.IsComponentsV2).toBe(MessageFlags.IsComponentsV2);
      expect(payload).not.toHaveProperty('content');
      expect(payload).not.toHaveProperty('embeds');
    }
  });

  it('a digest opens with a plain line (what a push notification shows), then its cards', async () => {
    const digest = buildDigest(kb, { now: new Date('2026-02-10T12:00:00Z') }, 30);
    const parts = digestParts(digest, locale, { digestId: 7, roleId: '1300000000000000999', headline: true });
    const [line, first, ...more] = toDiscordMessages(parts[0]!.reply);
    expect(more).toEqual([]);
    expect(line!.content).toMatch(
      locale === 'cs'
        ? /^<@&1300000000000000999> Přehled č\. 7: \d+ novink/
        : /^<@&1300000000000000999> Digest #7: \d+ development/,
    );
    expect(line!.flags).toBeUndefined();
    expect(line!.allowed_mentions).toEqual({ parse: [], roles: ['1300000000000000999'] });
    expect(problems(line!)).toEqual([]);
    for (const payload of [first!, ...parts.slice(1).map((part) => toDiscordMessage(part.reply))]) {
      expect(problems(payload)).toEqual([]);
      // Only the plain line pings.
      expect(visibleText(payload)).not.toContain('<@&');
      expect(payload.allowed_mentions).toEqual({ parse: [] });
    }
  });
});

describe('the layout of a card', () => {
  const card = {
    title: 'Treaty on Police Cooperation',
    url: 'https://mv.gov.cz/clanek/smlouva.aspx',
    description: 'Signed on 6 February 2026.',
    fields: [
      { name: 'Parties', value: 'Czechia, Slovakia', inline: true },
      { name: 'Status', value: 'in force' },
    ],
    footer: 'Page 1 of 2',
    color: COLORS.info,
  };

  it('is a container: the title in a section with a link button to the source, its text, a separator, the fields, the footer', () => {
    const payload = toDiscordMessage({
      content: 'It was signed on 6 February 2026.',
      cards: [card],
      buttons: [{ label: 'Next', customId: 'x:1' }],
    });
    const [line, container, row] = payload.components as Array<Record<string, any>>;
    expect(line).toEqual({ type: ComponentType.TextDisplay, content: 'It was signed on 6 February 2026.' });
    expect(container!.type).toBe(ComponentType.Container);
    expect(container!.accent_color).toBe(COLORS.info);
    expect(container!.components.map((c: { type: number }) => c.type)).toEqual([
      ComponentType.Section,
      ComponentType.TextDisplay,
      ComponentType.Separator,
      ComponentType.TextDisplay,
      ComponentType.TextDisplay,
    ]);
    expect(container!.components[0].accessory).toEqual({
      type: ComponentType.Button,
      style: ButtonStyle.Link,
      label: 'mv.gov.cz',
      url: card.url,
    });
    expect(row!.type).toBe(ComponentType.ActionRow);
    expect(visibleLines(payload)).toEqual([
      'It was signed on 6 February 2026.',
      '**Treaty on Police Cooperation**',
      'Signed on 6 February 2026.',
      '**Parties**',
      'Czechia, Slovakia',
      '**Status**',
      'in force',
      '-# Page 1 of 2',
    ]);
    // The button's label is a control, not answer text.
    expect(visibleText(payload)).not.toContain('mv.gov.cz');
    expect(linkButtons(payload)).toEqual([{ label: 'mv.gov.cz', url: card.url }]);
    expect(problems(payload)).toEqual([]);
  });

  it('keeps within 40 components and 4,000 characters however many and however long the cards', () => {
    const long = Array.from({ length: 12 }, (_, i) => ({
      ...card,
      title: `Card ${i}`,
      description: `${'word '.repeat(300)}${i}`,
    }));
    const buttons = Array.from({ length: 10 }, (_, i) => ({ label: `b${i}`, customId: `b:${i}` }));
    const payload = toDiscordMessage({ content: 'answer', cards: long, buttons });
    expect(problems(payload)).toEqual([]);
    expect(visibleLines(payload)[0]).toBe('answer');
    expect(visibleText(payload)).toContain('**Card 0**');
  });

  it('stays a plain message when there is only a line of text', () => {
    expect(toDiscordMessage({ content: 'Restarting', cards: [], ephemeral: true })).toEqual({
      content: 'Restarting',
      allowed_mentions: { parse: [] },
      flags: MessageFlags.Ephemeral,
    });
  });

  it('is refused by the checks when content or embeds ride along, or the text is too long', () => {
    const flags = MessageFlags.IsComponentsV2;
    const text = (content: string) => ({ type: ComponentType.TextDisplay, content });
    const body = (extra: object) => ({ flags, components: [text('a')], allowed_mentions: { parse: [] }, ...extra });
    expect(problems(body({ content: 'x' })).join('\n')).toContain('cannot carry content');
    expect(problems(body({ embeds: [{ title: 'x' }] })).join('\n')).toContain('cannot carry embeds');
    const tooLong = {
      flags,
      components: [text('x'.repeat(3000)), text('y'.repeat(1500))],
      allowed_mentions: { parse: [] },
    };
    expect(problems(tooLong).join('\n')).toContain('4500 characters across text displays (max 4000)');
    const tooMany = { flags, components: Array.from({ length: 41 }, () => text('a')), allowed_mentions: { parse: [] } };
    expect(problems(tooMany).join('\n')).toMatch(/41 components in all \(max 40\)|must NOT have more than 40 items/);
    const layoutWithoutFlag = { components: [text('a')], allowed_mentions: { parse: [] } };
    expect(problems(layoutWithoutFlag).join('\n')).toContain('need the IS_COMPONENTS_V2 flag');
  });
});
