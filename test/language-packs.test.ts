/**
 * The language packs (src/i18n/packs/): every command, subcommand, option and choice has its words
 * in every pack, worded as Discord accepts them; plurals follow each language's rules; German is
 * answered in German from the terminal and registered with Discord. A new language's pack is
 * checked here by adding it to PACKS: nothing in this file names a language but the examples.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/cli/ask.ts';
import { commandText, optionText } from '../src/framework/command-text.ts';
import { isGroup, optionSpecs, type Command } from '../src/framework/define.ts';
import { findCommand, loadCommands, type Registry } from '../src/framework/registry.ts';
import { registrationBody } from '../src/discord/registration.ts';
import { describeReason } from '../src/i18n/reasons.ts';
import { LOCALES, pack, toLocale } from '../src/i18n/locale.ts';
import { SEEDS_DIR } from './support/bot.ts';

let registry: Registry;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  registry = await loadCommands();
  env = { SEEDS_DIR, DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-packs-')), LOG_LEVEL: 'silent' };
});

/** Discord's rule for slash command, subcommand and option names. */
const SLASH_NAME = /^[-_'\p{L}\p{N}]{1,32}$/u;

/** Every (subcommand, option) pair of a command, the lookup options included. */
const optionsOf = (command: Command): Array<[subcommand: string | undefined, option: string]> =>
  isGroup(command)
    ? Object.keys(command.subcommands).flatMap((sub) =>
        Object.keys(optionSpecs(command, sub)).map((option): [string, string] => [sub, option]),
      )
    : Object.keys(optionSpecs(command)).map((option): [undefined, string] => [undefined, option]);

describe('every pack words every command', () => {
  it('has each registered command, in English under the name it is registered by', () => {
    const known = Object.keys(pack('en').commands).sort();
    expect([...registry.keys()].sort()).toEqual(known);
    for (const command of registry.values()) expect(commandText(command.name, 'en').name).toBe(command.name);
  });

  it.each(LOCALES)('names every command, subcommand and option as Discord allows (%s)', (locale) => {
    const commandNames = new Set<string>();
    for (const command of registry.values()) {
      const words = commandText(command.name, locale);
      expect(words.name, command.name).toMatch(SLASH_NAME);
      expect(words.name, command.name).toBe(words.name.toLowerCase());
      expect(words.description.length, command.name).toBeGreaterThan(0);
      expect(words.description.length, command.name).toBeLessThanOrEqual(100);
      commandNames.add(words.name);
      if (isGroup(command)) {
        for (const sub of Object.keys(command.subcommands)) {
          const subWords = commandText(command.name, locale).subcommands?.[sub];
          expect(subWords, `${command.name} ${sub}`).toBeDefined();
          expect(subWords!.name).toMatch(SLASH_NAME);
          expect(subWords!.description.length).toBeLessThanOrEqual(100);
        }
      }
      const seen = new Map<string | undefined, Set<string>>();
      for (const [sub, option] of optionsOf(command)) {
        const where = `${command.name} ${sub ?? ''} ${option}`;
        const text = optionText(command.name, sub, option, locale);
        // A pack entry, not the fallback that repeats the option's own name as its description.
        expect(text.description, where).not.toBe(option);
        expect(text.name, where).toMatch(SLASH_NAME);
        expect(text.name, where).toBe(text.name.toLowerCase());
        expect(text.description.length, where).toBeLessThanOrEqual(100);
        const names = seen.get(sub) ?? new Set<string>();
        expect(names.has(text.name), `${where}: two options named ${text.name}`).toBe(false);
        seen.set(sub, names.add(text.name));
        const spec = optionSpecs(command, sub)[option]!;
        for (const value of spec.choices ?? []) {
          const label = text.choices?.[value];
          expect(label, `${where} = ${value}`).toBeDefined();
          expect(label!.length).toBeLessThanOrEqual(100);
        }
      }
    }
    expect(commandNames.size, 'two commands share a name').toBe(registry.size);
  });

  it('finds a command by its name in any language (the terminal takes them all)', () => {
    for (const locale of LOCALES)
      for (const command of registry.values())
        expect(findCommand(registry, commandText(command.name, locale).name)?.name).toBe(command.name);
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('counts in Czech with one, few and many forms, in German and English with two', () => {
    expect([1, 2, 5, 0].map((n) => pack('cs').treaty.count(n))).toEqual(['1 dohoda', '2 dohody', '5 dohod', '0 dohod']);
    expect(pack('cs').digestCommand.posted('1', '3 novinky', 5)).toContain('(5 zpráv)');
    expect(pack('cs').digestCommand.posted('1', '3 novinky', 3)).toContain('(3 zprávy)');
    expect([1, 2].map((n) => pack('de').contacts.count(n))).toEqual(['1 Kontaktstelle', '2 Kontaktstellen']);
    expect([1, 2].map((n) => pack('en').digest.developments(n))).toEqual(['1 development', '2 developments']);
    expect(pack('cs').documents.reloaded(2, 5)).toBe('Index znovu sestaven: 2 dokumenty za 5 ms.');
    expect(pack('en').documents.skipped(1)).toBe('1 file skipped:');
    expect(pack('de').documents.skipped(3)).toBe('3 Dateien übersprungen:');
  });
});

describe('German', () => {
  it('is what a German Discord client gets', () => {
    expect(toLocale('de')).toBe('de');
    expect(toLocale('cs')).toBe('cs');
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('fr')).toBe('en');
  });

  it('answers npm run ask -- help --locale de in German', async () => {
    const help = await ask(['help', '--locale', 'de'], env, registry);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('liaison: Befehle');
    expect(help.stdout).toContain('/suche: Alle Dokumente durchsuchen');
    expect(help.stdout).toContain('/vertrag: Was ein Abkommen sagt');
  });

  it('runs a command by its German name, answers in German, and says mistakes in German', async () => {
    const treaty = await ask(['vertrag', '--query', 'Slovakia', '--locale', 'de'], env, registry);
    expect(treaty.code).toBe(0);
    expect(treaty.stdout).toContain('Unterzeichnet');
    expect(treaty.stdout).toMatch(/Februar 2026/);
    const wrong = await ask(['search', '--query', 'frontex', '--limit', '3', '--locale', 'de'], env, registry);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toEqual([
      'Fehler: Option „limit“: unbekannt; dieser Befehl hat die Optionen query, country, since, kind, hide, mention.',
    ]);
  });

  it('words skipped files for German readers', () => {
    expect(describeReason({ code: 'too-large', megabytes: 5 }, 'de')).toBe('größer als 5 MB');
    expect(describeReason({ code: 'parse-timeout', seconds: 15, stage: 'contacts' }, 'de')).toContain('Kontakte');
  });

  it('registers names, descriptions, options and choices in Czech and German with Discord', () => {
    const bodies = registrationBody(registry) as Array<Record<string, any>>;
    const search = bodies.find((body) => body.name === 'search')!;
    expect(search.name_localizations).toEqual({ cs: 'hledat', de: 'suche' });
    expect(search.description_localizations.de).toBe(pack('de').commands.search.description);
    const kind = search.options.find((option: any) => option.name === 'kind');
    expect(kind.name_localizations).toEqual({ cs: 'druh', de: 'art' });
    expect(kind.choices.find((choice: any) => choice.value === 'treaty').name_localizations).toEqual({
      cs: 'smlouva',
      de: 'Vertrag',
    });
    const digest = bodies.find((body) => body.name === 'digest')!;
    const schedule = digest.options.find((option: any) => option.name === 'schedule');
    expect(schedule.name_localizations).toEqual({ cs: 'naplánovat', de: 'planen' });
    const every = schedule.options.find((option: any) => option.name === 'every');
    expect(every.choices.map((choice: any) => choice.name_localizations.de)).toEqual(['täglich', 'wöchentlich']);
    const menu = bodies.find((body) => body.type === 3)!;
    expect(menu.name_localizations).toEqual({ cs: 'Hledat v liaison', de: 'In liaison suchen' });
  });
});
