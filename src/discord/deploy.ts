/** Register the commands with Discord: one PUT replaces the whole set, so removed commands disappear. */
import { Routes, type REST } from 'discord.js';
import type { Registry } from '../framework/registry.ts';
import { registrationBody } from './registration.ts';

export async function deployCommands(
  rest: REST,
  applicationId: string,
  registry: Registry,
  guildId?: string,
): Promise<number> {
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: registrationBody(registry) })) as unknown[];
  return registered.length;
}
