/**
 * The command registry: every file in commands/ that default-exports a command. Adding a command
 * is adding a file; nothing else is edited.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES } from '../i18n/locale.ts';
import { localName } from './command-text.ts';
import type { Command } from './define.ts';

const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

export type Registry = ReadonlyMap<string, Command>;

/** A command by its name, or by its name in any language pack (smlouva, vertrag), as the terminal may be given it. */
export const findCommand = (registry: Registry, name: string): Command | undefined =>
  registry.get(name) ??
  [...registry.values()].find((command) => LOCALES.some((locale) => localName(command, locale) === name));

export async function loadCommands(dir = COMMANDS_DIR): Promise<Registry> {
  const files = (await readdir(dir))
    .filter((file) => /^[a-z][\w-]*\.ts$/.test(file) && !file.endsWith('.test.ts'))
    .sort();
  const registry = new Map<string, Command>();
  for (const file of files) {
    const module = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default?: Command };
    const command = module.default;
    if (!command?.name || typeof command.run !== 'function') {
      throw new Error(`commands/${file} does not default-export a command (defineCommand or defineGroup)`);
    }
    if (registry.has(command.name)) throw new Error(`Two commands are named "${command.name}" (${file})`);
    registry.set(command.name, command);
  }
  return registry;
}
