/** The terminal contract, run as a user runs it: `npm run ask -- ...` in a child process. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRequestBody } from './support/discord-spec.ts';
import { runProgram } from './support/programs.ts';

const ask = (...args: string[]) => runProgram('src/ask.ts', args, { DISCORD_TOKEN: '', LOG_LEVEL: 'silent' });

describe('npm run ask', () => {
  it('prints exactly the interaction payload with --json', async () => {
    const { code, stdout, stderr } = await ask('search', '--query', 'policejni spoluprace', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const payload = JSON.parse(stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.embeds[0].fields[0].name).toContain('Czechia and Slovakia sign new agreement on police cooperation');
    expect(payload.embeds[0].fields[0].value).toContain('https://mv.gov.cz/clanek/prvni-zahranicni-cesta');
    const check = validateRequestBody('POST', '/api/v10/interactions/1/t/callback', { type: 4, data: payload });
    expect(check.errors).toEqual([]);
  });

  it('answers in readable text without --json, in Czech with --locale cs', async () => {
    const { code, stdout } = await ask('search', '--query', 'Havránková', '--locale', 'cs');
    expect(code).toBe(0);
    expect(stdout).toContain('Hledání: Havránková');
    expect(stdout).toContain('International Cooperation – About Us and Contact Points');
    expect(stdout).not.toContain('**');
  });

  it.each([
    [['nosuch'], /no command “nosuch”/],
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
    const { code, stdout, stderr } = await ask(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('reads another folder with --seeds and names the files it skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-ask-'));
    await writeFile(
      join(dir, 'good.md'),
      '# Frontex deploys officers\n\nFrontex deployed officers to the border on 3 March 2025.\n',
    );
    await writeFile(join(dir, 'bad.txt'), Buffer.from([0, 1, 2]));
    const { code, stdout, stderr } = await ask('search', '--query', 'frontex', '--seeds', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('Frontex deploys officers');
    expect(stderr.trim()).toBe('warning: skipped bad.txt: binary file (contains NUL bytes)');
    const czech = await ask('about', '--seeds', dir, '--locale', 'cs');
    expect(czech.code).toBe(0);
    expect(czech.stderr.trim()).toBe('varování: přeskočeno bad.txt: binární soubor (obsahuje bajty NUL)');
    expect(czech.stdout).toContain('Přeskočené soubory');
    expect(czech.stdout).toContain('bad.txt: binární soubor (obsahuje bajty NUL)');
  });
});
