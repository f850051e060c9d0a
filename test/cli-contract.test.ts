/**
 * The terminal contract, in process (the same function `npm run ask` runs): an answer and exit 0,
 * or exactly one line on stderr and exit 2, in English or Czech.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { parseArgs } from '../src/cli/args.ts';
import { ask } from '../src/cli/ask.ts';
import { answer } from '../src/cli/terminal.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { loadCommands, type Registry } from '../src/framework/registry.ts';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { SEEDS_DIR } from './support/bot.ts';

let registry: Registry;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  registry = await loadCommands();
  env = { SEEDS_DIR, DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-cli-')), LOG_LEVEL: 'silent' };
});

async function refused(argv: string[]): Promise<string> {
  const result = await ask(argv, env, registry);
  expect(result.code, argv.join(' ')).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).not.toMatch(/[\n\r]/);
  return result.stderr[0]!;
}

describe('refusals', () => {
  it.each([
    [['nosuch'], /no command “nosuch”\. Commands/],
    [['serch', '--query', 'x'], /no command “serch”\. Did you mean “search”\?/],
    [['search'], /query.*required/],
    [['search', '--query'], /--query needs a value/],
    [['search', '--query', 'x', '--colour', 'red'], /colour.*unknown/],
    [['search', '--query', 'x'.repeat(201)], /at most 200 characters/],
    [['search', '--query', 'frontex', '--since', 'someday'], /not a date/],
    [['search', '--query', 'frontex', '--locale', 'fr'], /--locale must be en, cs or de/],
    [['search', '--query', '--json'], /--query needs a value/],
    [['developments', '--limit', '0x10'], /limit.*whole number written in digits/],
    [['search', '--query', 'frontex', '--since', '9999y'], /not a date.*1900–2100/],
    [['search', '--query', 'x', '--colour\nred', 'y'], /^error: .*colour\\nred/],
    [
      ['search', '--query', 'frontex', '--seeds', '/nonexistent/liaison-seeds'],
      /seeds folder “\/nonexistent\/liaison-seeds” does not exist/,
    ],
    [['search', '--query', '--json', '--locale', 'cs'], /Volba --query potřebuje hodnotu/],
  ])('refuses %j with one line on stderr and exit code 2', async (args, message) => {
    expect(await refused(args)).toMatch(message);
  });
});

describe('answers', () => {
  it('takes a question as long as people write them in every lookup, up to 200 characters', async () => {
    const question =
      'Kdy vstoupila v platnost smlouva mezi Českou republikou a Slovenskou republikou o policejní spolupráci a kterou dohodu nahradila?';
    expect(question.length).toBeGreaterThan(100);
    for (const command of ['search', 'treaty', 'contacts']) {
      const result = await ask([command, '--query', question], env, registry);
      expect(result.code, command).toBe(0);
    }
  });

  it('answers in readable text without --json, in Czech with --locale cs', async () => {
    const { code, stdout } = await ask(['search', '--query', 'Havránková', '--locale', 'cs'], env, registry);
    expect(code).toBe(0);
    expect(stdout).toContain('Hledání: Havránková');
    expect(stdout).toContain('International Cooperation – About Us and Contact Points');
    expect(stdout).not.toContain('**');
  });

  it('reads another folder with --seeds and names the files it skipped, in English and Czech', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ask-'));
    await writeFile(
      join(dir, 'good.md'),
      '# Frontex deploys officers\n\nFrontex deployed officers to the border on 3 March 2025.\n',
    );
    await writeFile(join(dir, 'bad.txt'), Buffer.from([0, 1, 2]));
    const { code, stdout, stderr } = await ask(['search', '--query', 'frontex', '--seeds', dir], env, registry);
    expect(code).toBe(0);
    expect(stdout).toContain('Frontex deploys officers');
    expect(stderr).toEqual(['warning: skipped bad.txt: binary file (contains NUL bytes)']);
    const czech = await ask(['about', '--seeds', dir, '--locale', 'cs'], env, registry);
    expect(czech.code).toBe(0);
    expect(czech.stderr).toEqual(['varování: přeskočeno bad.txt: binární soubor (obsahuje bajty NUL)']);
    expect(czech.stdout).toContain('Přeskočené soubory');
    expect(czech.stdout).toContain('bad.txt: binární soubor (obsahuje bajty NUL)');
  });
});

describe('option values', () => {
  it('takes a word that looks like a flag as the next option, not as a value', async () => {
    expect(await refused(['search', '--query', '--json'])).toBe('error: Option --query needs a value.');
    expect(await refused(['search', '--country', '--query', 'frontex'])).toBe('error: Option --country needs a value.');
    const explicit = await ask(['search', '--query=--json'], env, registry);
    expect(explicit.code).toBe(0);
  });

  it('reads numbers written in plain decimal digits only', async () => {
    for (const limit of ['0x10', '1e1', '+5', '5.0', ' ', '١٢', 'Infinity', '0b1', '1_0']) {
      expect(await refused(['developments', '--limit', limit])).toMatch(
        /^error: Option “limit”: expected a whole number written in digits/,
      );
    }
    expect((await ask(['developments', '--limit', '10'], env, registry)).code).toBe(0);
    expect(await refused(['developments', '--limit', '99'])).toBe('error: Option “limit”: must be at most 25.');
  });

  it('refuses dates outside 1900-2100, relative or written out', async () => {
    for (const since of ['9999y', '200y', '0001-01-01', '2500-01-01', '1899', 'March 2200']) {
      expect(await refused(['developments', '--since', since])).toMatch(
        /is not a date I understand.*\(years 1900–2100\)/,
      );
    }
    expect((await ask(['developments', '--since', '100y'], env, registry)).code).toBe(0);
  });

  it('refuses names of the object prototype as dates, one line and exit 2, not an internal error', async () => {
    for (const since of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', '__defineGetter__']) {
      for (const option of ['--since', '--until'])
        expect(await refused(['developments', option, since])).toMatch(/is not a date I understand/);
      expect(await refused(['search', '--query', 'x', '--since', since])).toMatch(/is not a date I understand/);
    }
    expect(await refused(['search', '--query', 'x', '--since', '__proto__', '--locale', 'cs'])).toMatch(
      /^chyba: „__proto__“ není datum/,
    );
  });

  it('writes a value with newlines on one line, escaped', async () => {
    expect(await refused(['search', '--query', 'x', '--since', 'one\ntwo\r\nthree'])).toContain(
      '“one\\ntwo\\r\\nthree”',
    );
    expect(await refused(['nosuch\ncommand'])).toContain('nosuch\\ncommand');
  });
});

describe('in Czech with --locale cs', () => {
  // Every line starts in Czech: no English "error:" before the Czech sentence.
  it.each([
    [['search', '--locale', 'cs'], 'chyba: Volba „query“: je povinná.'],
    [['search', '--query', '--json', '--locale', 'cs'], 'chyba: Volba --query potřebuje hodnotu.'],
    [
      ['developments', '--limit', '1e1', '--locale', 'cs'],
      'chyba: Volba „limit“: čekám celé číslo zapsané číslicemi, ne „1e1“.',
    ],
    [
      ['--locale', 'cs'],
      'chyba: Příkaz „--locale“ neexistuje. Příkazy: about, channels, contacts, developments, digest, documents, help, questions, search, sources, treaty.',
    ],
    [
      ['documents', 'nope', '--locale', 'cs'],
      'chyba: /documents potřebuje jeden z podpříkazů: list, add, remove, reload (ne „nope“).',
    ],
    [
      ['search', '--query', 'x', '--seeds', '/nonexistent/liaison', '--locale', 'cs'],
      expect.stringMatching(/^chyba: Složka dokumentů „\/nonexistent\/liaison“ neexistuje/),
    ],
    [
      ['digest', 'post', '--channel', '123456789012345678', '--locale', 'cs'],
      'chyba: Zveřejnění v kanálu potřebuje Discord: spusťte bota s DISCORD_TOKEN.',
    ],
  ])('%j', async (argv, line) => {
    expect(await refused(argv)).toEqual(line);
  });
});

describe('the seeds folder and reloads', () => {
  it('exits 2 when the seeds folder is missing', async () => {
    expect(
      await refused(['search', '--query', 'frontex', '--seeds', join(tmpdir(), 'liaison-no-such-folder')]),
    ).toMatch(/does not exist/);
  });

  it('makes a failed reload an error, and keeps answering from the previous index', async () => {
    const seeds = await mkdtemp(join(tmpdir(), 'liaison-reload-'));
    await cp(SEEDS_DIR, seeds, { recursive: true });
    const app = await createApp(readConfig({ ...env, SEEDS_DIR: seeds }), { logger: createLogger('silent'), registry });
    await rm(seeds, { recursive: true });
    const failed = answer(app, parseArgs(registry, ['documents', 'reload']), 'en');
    await expect(failed).rejects.toBeInstanceOf(UserError);
    await expect(failed).rejects.toThrow(
      'Re-indexing failed: the seeds folder does not exist. Still answering from the previous index (5 documents).',
    );
    const czech = await answer(app, parseArgs(registry, ['documents', 'reload']), 'cs').catch(
      (error: UserError) => error,
    );
    expect((czech as UserError).text('cs')).toMatch(/^Přeindexování selhalo: složka dokumentů neexistuje\./);
    expect(app.kb.documents).toHaveLength(5);
  });

  it('starts empty when the seeds folder is missing, and /about says why in the reader’s language', async () => {
    const missing = join(tmpdir(), 'liaison-no-such-folder');
    const app = await createApp(readConfig({ ...env, SEEDS_DIR: missing }), {
      logger: createLogger('silent'),
      registry,
    });
    expect(app.seedsFolder).toEqual({ code: 'seeds-missing' });
    expect(app.warnings).toEqual([]);
    expect(await answer(app, parseArgs(registry, ['about']), 'en')).toMatch(
      /Nothing indexed\W+the seeds folder does not exist/,
    );
    expect(await answer(app, parseArgs(registry, ['about']), 'cs')).toMatch(
      /Nic není zaindexováno\W+složka dokumentů neexistuje/,
    );
  });
});
