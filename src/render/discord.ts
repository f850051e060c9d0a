/**
 * Reply -> the message payload Discord receives (interaction response `data`, webhook edit,
 * channel message). Every limit Discord enforces is applied here, once, so no command can build a
 * message Discord rejects; mentions are locked down on every payload.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponseCallbackData,
} from 'discord.js';
import type { Button, Card, Reply } from '../answers/reply.ts';
import { embedLength, LIMITS } from './limits.ts';
import { truncate } from '../util/markdown.ts';

export type MessagePayload = APIInteractionResponseCallbackData & {
  allowed_mentions: { parse: []; users?: string[]; roles?: string[] };
};

function embedOf(card: Card): APIEmbed {
  const embed: APIEmbed = {};
  if (card.title) embed.title = truncate(card.title, LIMITS.title);
  if (card.url && /^https?:\/\//.test(card.url)) embed.url = card.url;
  if (card.description) embed.description = truncate(card.description, LIMITS.description);
  if (card.color !== undefined) embed.color = card.color;
  if (card.fields?.length) {
    embed.fields = card.fields.slice(0, LIMITS.fields).map((field) => ({
      name: truncate(field.name || '\u200b', LIMITS.fieldName),
      value: truncate(field.value || '—', LIMITS.fieldValue),
      ...(field.inline ? { inline: true } : {}),
    }));
  }
  if (card.footer) embed.footer = { text: truncate(card.footer, LIMITS.footer) };
  return embed;
}

/** Keep whole embeds while they fit in 6000 characters; shorten the first that does not. */
function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const kept: APIEmbed[] = [];
  let budget: number = LIMITS.totalEmbedCharacters;
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    const length = embedLength(embed);
    if (length <= budget) {
      kept.push(embed);
      budget -= length;
      continue;
    }
    const fields = [...(embed.fields ?? [])];
    const shortened: APIEmbed = { ...embed, fields };
    while (fields.length > 0 && embedLength(shortened) > budget) fields.pop();
    if (embedLength(shortened) > budget && shortened.description) {
      shortened.description = truncate(
        shortened.description,
        Math.max(1, budget - embedLength({ ...shortened, description: '' })),
      );
    }
    if (embedLength(shortened) <= budget && embedLength(shortened) > 0) kept.push(shortened);
    break;
  }
  return kept;
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

/** The payload for one Reply (its `more` messages are sent separately as follow-ups). */
export function toDiscordMessage(reply: Reply): MessagePayload {
  const mention = [
    reply.mentionRoleId && `<@&${reply.mentionRoleId}>`,
    reply.mentionUserId && `<@${reply.mentionUserId}>`,
  ]
    .filter(Boolean)
    .join(' ');
  const content = [mention, reply.content].filter(Boolean).join(' ');
  const payload: MessagePayload = {
    embeds: fitEmbeds(reply.cards.map(embedOf)),
    components: rowsOf(reply.buttons ?? []),
    allowed_mentions: {
      parse: [],
      ...(reply.mentionUserId ? { users: [reply.mentionUserId] } : {}),
      ...(reply.mentionRoleId ? { roles: [reply.mentionRoleId] } : {}),
    },
  };
  if (content) payload.content = truncate(content, LIMITS.content);
  if (reply.ephemeral) payload.flags = 64;
  return payload;
}

/** Every message of a reply, the first and then its `more`, in order. */
export const allMessages = (reply: Reply): Reply[] => [reply, ...(reply.more ?? []).flatMap(allMessages)];
