/** The programs as an operator runs them: deploy-commands, a bad configuration, a clean shutdown. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';
import { startFakeDiscord } from './fake-discord/index.ts';
import { SEEDS_DIR } from './support/bot.ts';
import { discordRuleViolations, validateRequestBody } from './support/discord-spec.ts';
import { runProgram, startProgram } from './support/programs.ts';

describe('deploy-commands --dry-run', () => {
  it('prints the registration body Discord accepts', async () => {
    const { code, stdout } = await runProgram('src/deploy-commands.ts', ['--dry-run'], {});
    expect(code).toBe(0);
    const body = JSON.parse(stdout) as Array<{ name: string }>;
    expect(body.map((c) => c.name).sort()).toEqual([
      'Save as answer',
      'Search liaison',
      'about',
      'channels',
      'contacts',
      'developments',
      'digest',
      'documents',
      'help',
      'questions',
      'search',
      'sources',
      'treaty',
    ]);
    const route = '/api/v10/applications/1300000000000000000/commands';
    expect(validateRequestBody('PUT', route, body).errors).toEqual([]);
    expect(discordRuleViolations('PUT', route, body)).toEqual([]);
  });
});

describe('configuration', () => {
  // What each bad value says is read in process (readConfig is what main.ts runs first); one bad
  // configuration goes through the real program for the exit code and the one line on stderr.
  it.each([
    [{ DISCORD_TOKEN: 'not-a-token' }, /DISCORD_TOKEN: does not look like a bot token/],
    [{ INTERACTIONS_PORT: 'eighty' }, /INTERACTIONS_PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ DEV_GUILD_ID: '12' }, /DEV_GUILD_ID: must be a Discord id/],
    [{ DATABASE_URL: 'mysql://db.example/liaison' }, /DATABASE_URL: must be a postgres:\/\/ URL/],
  ])('refuses %j with one clear message', (env, message) => {
    const error = (() => {
      try {
        readConfig({ LOG_LEVEL: 'silent', ...env });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).message;
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(message);
  });

  it('refuses a state database it cannot reach with one clear message and exit code 2', async () => {
    const env = { DATABASE_URL: 'postgres://liaison@127.0.0.1:1/liaison' };
    const { code, stderr } = await runProgram('src/main.ts', [], { LOG_LEVEL: 'silent', ...env });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/DATABASE_URL: cannot open the state database \(connect ECONNREFUSED/);
  });
});

describe('shutdown', () => {
  it('answers, then on SIGTERM closes the connection and exits 0', async () => {
    const fake = await startFakeDiscord();
    const bot = startProgram('src/main.ts', {
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiBase,
      SEEDS_DIR,
      DATA_DIR: await mkdtemp(join(tmpdir(), 'liaison-stop-')),
      LOG_LEVEL: 'silent',
    });
    try {
      await fake.waitForSession(30_000);
      const interaction = fake.sendInteraction(
        fake.chatInputInteraction({ name: 'treaty', options: { query: 'slovakia' } }),
      );
      const callback = await fake.waitForRequest(
        { method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) },
        10_000,
      );
      expect((callback.body as { type: number }).type).toBe(4);
      const exited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
      bot.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      bot.kill('SIGKILL');
      await fake.close();
    }
  }, 60_000);
});
