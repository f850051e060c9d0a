/**
 * Reply -> the message payload Discord receives (interaction response `data`, webhook edit,
 * channel message). Cards become Components V2 (a container per card: its title, in a section with
 * a link button when it has a source, then its text, a separator, its fields and its footer);
 * buttons become action rows under them. A reply of plain text only stays a plain `content`
 * message, the one kind whose push notification shows its words. Every limit Discord enforces is
 * applied here, once, so no command can build a message Discord rejects; mentions are locked down
 * on every payload.
 */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIInteractionResponseCallbackData,
  type APIMessageTopLevelComponent,
  type APITextDisplayComponent,
} from 'discord.js';
import type { Button, Card, Reply } from '../answers/reply.ts';
import { LIMITS } from './limits.ts';
import { truncate } from '../util/markdown.ts';

export type MessagePayload = APIInteractionResponseCallbackData & {
  allowed_mentions: { parse: []; users?: string[]; roles?: string[] };
};

/** A card's footer as the last line of its text: small print ("-#"), how a posted digest is found again. */
export const footerLine = (footer: string): string => `-# ${footer}`;

const isLink = (url: string | undefined): url is string => Boolean(url && /^https?:\/\//.test(url));

/** The link button of a card's title: it names the site the source is on. */
function sourceButton(url: string): APIButtonComponent {
  let label = url;
  try {
    label = new URL(url).hostname || url;
  } catch {
    // not a URL a browser would open: its text is the best label
  }
  return { type: ComponentType.Button, style: ButtonStyle.Link, label: truncate(label, LIMITS.buttonLabel), url };
}

/** A card's texts, in reading order: head (its title), body (its description), fields, footer. */
function cardTexts(card: Card): { head?: string; body?: string; fields?: string; footer?: string } {
  const fields = (card.fields ?? [])
    .slice(0, LIMITS.fields)
    .map((field) =>
      [
        field.name && field.name !== '\u200b' ? `**${truncate(field.name, LIMITS.fieldName)}**` : '',
        truncate(field.value || '—', LIMITS.fieldValue),
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  return {
    ...(card.title ? { head: `**${truncate(card.title, LIMITS.title)}**` } : {}),
    ...(card.description ? { body: truncate(card.description, LIMITS.description) } : {}),
    ...(fields ? { fields } : {}),
    ...(card.footer ? { footer: footerLine(truncate(card.footer, LIMITS.footer)) } : {}),
  };
}

/** Spends the message's 4,000 characters of text: whole texts while they fit, then one shortened, then none. */
class TextBudget {
  constructor(private left: number = LIMITS.textDisplayCharacters) {}
  take(text: string | undefined): APITextDisplayComponent | undefined {
    if (!text || this.left <= 0) return undefined;
    const content = text.length <= this.left ? text : truncate(text, this.left);
    if (!content) return undefined;
    this.left -= content.length;
    return { type: ComponentType.TextDisplay, content };
  }
}

function containerOf(card: Card, text: TextBudget): APIMessageTopLevelComponent | undefined {
  const { head, body, fields, footer } = cardTexts(card);
  const children: APIComponentInContainer[] = [];
  if (isLink(card.url)) {
    const title = text.take(head);
    if (title) children.push({ type: ComponentType.Section, components: [title], accessory: sourceButton(card.url) });
    const bodyText = text.take(body);
    if (bodyText) children.push(bodyText);
  } else {
    // Without a link the title opens the card's text: one component fewer.
    const opening = text.take([head, body].filter(Boolean).join('\n'));
    if (opening) children.push(opening);
  }
  const fieldText = text.take(fields);
  if (fieldText) {
    if (children.length > 0) {
      children.push({ type: ComponentType.Separator, divider: true, spacing: SeparatorSpacingSize.Small });
    }
    children.push(fieldText);
  }
  const footerText = text.take(footer);
  if (footerText) children.push(footerText);
  if (children.length === 0) return undefined;
  return {
    type: ComponentType.Container,
    ...(card.color !== undefined ? { accent_color: card.color } : {}),
    components: children,
  };
}

/** Components in a tree, nested ones and accessories included: what Discord's 40 counts. */
export function countComponents(components: readonly object[]): number {
  return components.reduce<number>((sum, component) => {
    const { components: nested, accessory } = component as { components?: object[]; accessory?: object };
    return sum + 1 + countComponents(nested ?? []) + (accessory ? 1 : 0);
  }, 0);
}

function buttonOf(button: Button): APIButtonComponent {
  const label = truncate(button.label, LIMITS.buttonLabel);
  if (button.url) return { type: ComponentType.Button, style: ButtonStyle.Link, label, url: button.url };
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: (button.customId ?? 'none').slice(0, LIMITS.customId),
    disabled: button.disabled ?? false,
  };
}

function rowsOf(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length && rows.length < LIMITS.rows; i += LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow).map(buttonOf) });
  }
  return rows;
}

/** The text line, then a container per card while they fit in 40 components, then the button rows. */
function layoutOf(line: string, cards: readonly Card[], buttons: readonly Button[]): APIMessageTopLevelComponent[] {
  const rows = rowsOf(buttons);
  const text = new TextBudget();
  const top: APIMessageTopLevelComponent[] = [];
  const lineText = text.take(line);
  if (lineText) top.push(lineText);
  let room = LIMITS.components - countComponents(rows) - countComponents(top);
  for (const card of cards) {
    const container = containerOf(card, text);
    if (!container) continue;
    const size = countComponents([container]);
    if (size > room) break;
    top.push(container);
    room -= size;
  }
  return [...top, ...rows];
}

/** The payload for one Reply (its `more` messages are sent separately as follow-ups). */
export function toDiscordMessage(reply: Reply): MessagePayload {
  const mention = [
    reply.mentionRoleId && `<@&${reply.mentionRoleId}>`,
    reply.mentionUserId && `<@${reply.mentionUserId}>`,
  ]
    .filter(Boolean)
    .join(' ');
  const line = [mention, reply.content].filter(Boolean).join(' ');
  const allowed_mentions: MessagePayload['allowed_mentions'] = {
    parse: [],
    ...(reply.mentionUserId ? { users: [reply.mentionUserId] } : {}),
    ...(reply.mentionRoleId ? { roles: [reply.mentionRoleId] } : {}),
  };
  const ephemeral = reply.ephemeral ? MessageFlags.Ephemeral : 0;
  if (reply.cards.length === 0 && !reply.buttons?.length) {
    return {
      ...(line ? { content: truncate(line, LIMITS.content) } : {}),
      allowed_mentions,
      ...(ephemeral ? { flags: ephemeral } : {}),
    };
  }
  return {
    components: layoutOf(line, reply.cards, reply.buttons ?? []),
    allowed_mentions,
    flags: MessageFlags.IsComponentsV2 | ephemeral,
  };
}

/** The text displays of a component tree (a sent message's `components`), in reading order. */
export function textsOf(components: readonly unknown[]): string[] {
  return components.flatMap((component) => {
    const {
      type,
      content,
      components: nested,
    } = component as { type?: number; content?: string; components?: unknown[] };
    return type === ComponentType.TextDisplay && content ? [content] : textsOf(nested ?? []);
  });
}

/** The messages one Reply is posted as: its headline (with the mentions) when it has one, then itself. */
export function toDiscordMessages(reply: Reply): MessagePayload[] {
  if (!reply.headline) return [toDiscordMessage(reply)];
  const { headline, mentionRoleId, mentionUserId, ...rest } = reply;
  return [toDiscordMessage({ content: headline, cards: [], mentionRoleId, mentionUserId }), toDiscordMessage(rest)];
}

/** Every message of a reply, the first and then its `more`, in order. */
export const allMessages = (reply: Reply): Reply[] => [reply, ...(reply.more ?? []).flatMap(allMessages)];
