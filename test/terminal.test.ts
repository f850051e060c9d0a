/**
 * The terminal as a user runs it: `npm run ask -- ...` in a child process, for what only a real
 * process shows (stdout that is exactly JSON, the exit code, what goes to stderr). The behaviour
 * behind it (every refusal, the languages, --seeds) is tested in process in cli-contract.test.ts.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRequestBody } from './support/discord-spec.ts';
import { visibleText } from './support/visible-text.ts';
import { runProgram } from './support/programs.ts';

const ask = (...args: string[]) => runProgram('src/ask.ts', args, { DISCORD_TOKEN: '', LOG_LEVEL: 'silent' });

describe('npm run ask', () => {
  it('prints exactly the interaction payload with --json', async () => {
    const { code, stdout, stderr } = await ask('search', '--query', 'policejni spoluprace', '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const payload = JSON.parse(stdout);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(visibleText(payload)).toContain('Czechia and Slovakia sign new agreement on police cooperation');
    expect(visibleText(payload)).toContain('https://mv.gov.cz/clanek/prvni-zahranicni-cesta');
    const check = validateRequestBody('POST', '/api/v10/interactions/1/t/callback', { type: 4, data: payload });
    expect(check.errors).toEqual([]);
  });

  it('refuses a mistake with exactly one line on stderr and exit code 2, a newline in it escaped', async () => {
    const { code, stdout, stderr } = await ask('search', '--query', 'x', '--colour\nred', 'y');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error: .*colour\\nred/);
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
  });
});
