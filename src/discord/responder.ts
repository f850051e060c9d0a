/** A Responder over a discord.js interaction: the gateway transport's half of handle.ts. */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type MessageCreateOptions } from 'discord.js';

type MessageOptions = Pick<MessageCreateOptions, 'content' | 'embeds' | 'components' | 'allowedMentions'>;
import type { MessagePayload } from '../render/discord.ts';
import type { Responder } from './handle.ts';

/** Our payload (API JSON) -> discord.js message options; discord.js accepts API-shaped embeds and rows. */
export function toMessageOptions(payload: MessagePayload): MessageOptions {
  return {
    content: payload.content,
    embeds: payload.embeds ?? [],
    components: (payload.components ?? []) as MessageOptions['components'],
    allowedMentions: payload.allowed_mentions,
  };
}

const withFlags = (payload: MessagePayload) => ({
  ...toMessageOptions(payload),
  ...(payload.flags ? { flags: MessageFlags.Ephemeral as const } : {}),
});

export function interactionResponder(interaction: ChatInputCommandInteraction | ButtonInteraction): Responder {
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
        }
      : {}),
  };
}
