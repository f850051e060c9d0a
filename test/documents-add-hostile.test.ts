/**
 * `/documents add` of hostile files on Discord (the real discord.js client against the fake
 * Discord): the moderator gets an answer (the deferral) within Discord's 3 s, and another member's
 * /search sent at the same moment is answered within 1 s, because the parse runs in a worker.
 */
import { describe, expect, it } from 'vitest';
import type { FakeInteraction, OptionValue } from './fake-discord/index.ts';
import { MEMBER, MODERATOR, withBot, type Body } from './support/moderation-world.ts';
import { inflatingDocx } from './support/zip-bombs.ts';
import { headings } from './support/hostile-text.ts';

const MB = 1024 * 1024;

describe('/documents add of a hostile file', () => {
  const s = withBot(undefined, { deferAfterMs: 1500 });

  /** Milliseconds from sending `interaction` to the bot's callback, and the callback. */
  async function answered(interaction: FakeInteraction, sent: number): Promise<{ ms: number; body: Body }> {
    const request = await s.w.fake.waitForRequest(
      { method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) },
      30_000,
    );
    return { ms: performance.now() - sent, body: request.body as Body };
  }

  it.each([
    ['bomb.docx', () => inflatingDocx(300 * MB)],
    ['headings.md', async () => Buffer.from(headings(4 * MB))],
  ])(
    '%s: the moderator is answered within 3 s, a concurrent /search within 1 s',
    async (name, make) => {
      const body = await make();
      const file: OptionValue = { attachment: { filename: name, body, contentType: 'application/octet-stream' } };
      const { fake } = s.w;
      const sent = performance.now();
      const add = fake.sendInteraction(
        fake.chatInputInteraction({ name: 'documents', subcommand: 'add', options: { file }, ...MODERATOR }),
      );
      const addAnswer = answered(add, sent);
      // Once the bot is busy with the file.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const searchSent = performance.now();
      const search = fake.sendInteraction(
        fake.chatInputInteraction({ name: 'search', options: { query: 'police cooperation' }, ...MEMBER }),
      );
      const searchAnswer = await answered(search, searchSent);
      expect(searchAnswer.ms).toBeLessThan(1_000);
      expect(searchAnswer.body.type).toBe(4);
      const first = await addAnswer;
      expect(first.ms).toBeLessThan(3_000);
      expect(first.body.type).toBe(5); // deferred at once, before the download and the parse
    },
    60_000,
  );
});
