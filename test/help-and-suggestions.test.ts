/** /help in the asker's language, and "did you mean" when a search finds nothing. */
import { describe, expect, it } from 'vitest';
import search from '../commands/search.ts';
import { appOver } from '../src/app.ts';
import { readConfig } from '../src/config.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import { runInvocation } from '../src/framework/dispatch.ts';
import { localDescription } from '../src/framework/command-text.ts';
import { loadCommands } from '../src/framework/registry.ts';
import { registrationBody } from '../src/discord/registration.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { createLogger } from '../src/logger.ts';
import { askCli, contextFor } from './support/structured.ts';

const kb = new KnowledgeBase([
  parseDocument('frontex.txt', 'Frontex operations\nFrontex deployed officers to the external border in 2025.'),
  parseDocument('asylum.txt', 'Asylum reform\nThe asylum procedure changes in 2026.'),
]);

describe('did you mean', () => {
  const ask = (query: string, locale: Locale = 'en') => search.run({ query }, contextFor(kb, locale));

  it('suggests the word the documents use when a misspelt query finds nothing', async () => {
    const reply = await ask('frotnex');
    expect(reply.cards[0]?.description).toBe('Nothing in the documents matches “frotnex”.\nDid you mean **frontex**?');
  });

  it('suggests it in Czech to a Czech user', async () => {
    const reply = await ask('frotnex', 'cs');
    expect(reply.cards[0]?.description).toBe(
      'Dokumentům neodpovídá nic pro „frotnex“.\nMěli jste na mysli **frontex**?',
    );
  });

  it('suggests nothing it cannot stand behind, and says what to try instead', async () => {
    const reply = await ask('qwertyuiop');
    expect(reply.cards[0]?.description).not.toContain('Did you mean');
    expect(reply.cards[0]?.description).toContain('Try fewer or other words');
  });
});

describe('/help', () => {
  async function help(locale: Locale): Promise<string> {
    const registry = await loadCommands();
    const app = appOver(kb, readConfig({}), { logger: createLogger('silent'), registry });
    const reply = await runInvocation(
      registry,
      { command: 'help', options: {} },
      app.context({ locale, canPressButtons: false }),
    );
    return reply.cards[0]?.description ?? '';
  }

  it('lists every command with its own description and an example, from the registry', async () => {
    const text = await help('en');
    const registry = await loadCommands();
    for (const command of registry.values())
      expect(text).toContain(`**/${command.name}**: ${localDescription(command, 'en')}`);
    expect(text).toContain('`/search query: policejni spoluprace`');
  });

  it('shows Czech users the Czech names and descriptions Discord shows them', async () => {
    const text = await help('cs');
    expect(text).toContain('**/hledat**: Hledat ve všech dokumentech');
    expect(text).toContain('`/hledat query: policejni spoluprace`');
    expect(text).toContain('**/kontakty**: Koho a jak kontaktovat');
    expect(text).not.toContain('**/search**');
  });

  it('answers npm run ask -- help --locale cs in Czech', async () => {
    const help = await askCli('help', '--locale', 'cs');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('liaison: příkazy');
    expect(help.stdout).toContain('/smlouva: Co dohoda obsahuje');
  });

  it('runs a command by the Czech name /help shows', async () => {
    const treaty = await askCli('smlouva', '--query', 'Slovakia', '--locale', 'cs');
    expect(treaty.status).toBe(0);
    expect(treaty.stdout).toContain('Podepsáno');
  });

  it('says a mistake on the command line in the language asked for', async () => {
    const wrong = await askCli('search', '--query', 'frontex', '--limit', '3', '--locale', 'cs');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe(
      'chyba: Volba „limit“: neznámá; tento příkaz má volby query, country, since, kind, hide, mention.',
    );
  });
});

describe('options two commands share', () => {
  it('words country and topic alike on /developments and every /digest subcommand, in Czech too', async () => {
    const bodies = registrationBody(await loadCommands());
    type Option = {
      name: string;
      description: string;
      description_localizations?: { cs?: string };
      options?: Option[];
    };
    const wordings = new Map<string, Set<string>>();
    const collect = (options: readonly Option[] = []) => {
      for (const option of options) {
        if (option.options) collect(option.options);
        else if (option.name === 'country' || option.name === 'topic') {
          const seen = wordings.get(option.name) ?? new Set<string>();
          seen.add(`${option.description} / ${option.description_localizations?.cs}`);
          wordings.set(option.name, seen);
        }
      }
    };
    for (const body of bodies)
      if (body.name === 'developments' || body.name === 'digest') collect((body as { options?: Option[] }).options);
    expect(Object.fromEntries([...wordings].map(([name, seen]) => [name, [...seen]]))).toEqual({
      country: ['Only developments about this country / Jen vývoj v této zemi'],
      topic: ['Only this thematic area / Jen tato tematická oblast'],
    });
  });
});
