/** A Responder over a discord.js interaction: the gateway transport's half of handle.ts. */
import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type MessageCreateOptions,
} from 'discord.js';

type MessageOptions = Pick<MessageCreateOptions, 'content' | 'components' | 'allowedMentions'> & {
  flags?: MessageFlags.IsComponentsV2;
};
import type { MessagePayload } from '../render/discord.ts';
import type { ModalPayload, Responder } from './handle.ts';

const hasFlag = (payload: MessagePayload, flag: MessageFlags): boolean => ((payload.flags ?? 0) & flag) !== 0;

/** Our payload (API JSON) -> discord.js message options; discord.js accepts API-shaped components. */
export function toMessageOptions(payload: MessagePayload): MessageOptions {
  return {
    content: payload.content,
    components: (payload.components ?? []) as MessageOptions['components'],
    allowedMentions: payload.allowed_mentions,
    ...(hasFlag(payload, MessageFlags.IsComponentsV2) ? { flags: MessageFlags.IsComponentsV2 } : {}),
  };
}

/** Options for a new message, which may also be private. */
const withFlags = (payload: MessagePayload) => {
  const { flags, ...options } = toMessageOptions(payload);
  const ephemeral = hasFlag(payload, MessageFlags.Ephemeral) ? MessageFlags.Ephemeral : 0;
  return { ...options, flags: (flags ?? 0) | ephemeral };
};

export function interactionResponder(
  interaction:
    ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
): Responder {
  return {
    reply: async (payload) => void (await interaction.reply(withFlags(payload))),
    defer: async (ephemeral) => void (await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    editOriginal: async (payload) => void (await interaction.editReply(toMessageOptions(payload))),
    deleteOriginal: () => interaction.deleteReply(),
    followUp: async (payload) => void (await interaction.followUp(withFlags(payload))),
    ...(interaction.isButton()
      ? {
          update: async (payload: MessagePayload) => void (await interaction.update(toMessageOptions(payload))),
          deferUpdate: async () => void (await interaction.deferUpdate()),
          showModal: async (modal: ModalPayload) => void (await interaction.showModal(modal)),
        }
      : {}),
  };
}

/**
 * A Responder for a question asked by mention: the answer is a reply to the message, and may ping
 * the asker and nobody else (not a user, role or @everyone quoted from a document). A message has
 * no "thinking…" state to defer to, so a slow answer shows the typing indicator and is sent when
 * ready; further messages follow as replies that ping no one.
 */
export function messageResponder(message: Message<boolean>): Responder {
  const asker = message.author.id;
  const send = async (payload: MessagePayload, ping: boolean) => {
    const { content, components, flags } = toMessageOptions(payload);
    await message.reply({
      content,
      components,
      ...(flags ? { flags } : {}),
      allowedMentions: { parse: [], users: [asker], repliedUser: ping },
    });
  };
  let answered = false;
  const answer = async (payload: MessagePayload) => {
    await send(payload, !answered);
    answered = true;
  };
  return {
    reply: answer,
    defer: async () => {
      if (message.channel.isSendable()) await message.channel.sendTyping().catch(() => undefined);
    },
    editOriginal: answer,
    deleteOriginal: async () => undefined,
    followUp: answer,
  };
}
