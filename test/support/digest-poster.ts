/**
 * A bot process that posts one digest and exits: the real App, store (SQLite in DATA_DIR or
 * DATABASE_URL) and discord.js REST client against the fake Discord, with no gateway (the fake
 * takes one gateway client, and posting needs none). Used by the two-process and kill -9 tests
 * and bench/kill-digests.ts. Prints "ready" before posting (with WAIT_FOR_GO, "loaded" first, and
 * waits for a line on stdin) and one JSON line with the message ids when done.
 */
import { createApp } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { postPortOf } from '../../src/digest/service.ts';
import { discordPorts, restOnlyClient } from '../../src/discord/ports.ts';
import { createLogger } from '../../src/logger.ts';

const config = readConfig();
const channelId = process.env.CHANNEL_ID ?? '';
const app = await createApp(config, { logger: createLogger('silent') });
const client = restOnlyClient(config.DISCORD_TOKEN ?? '', config.DISCORD_API_URL);
const port = postPortOf(discordPorts(client))!;
const moderation = app.moderation;
await moderation.store();
// With WAIT_FOR_GO, say so once loaded and start only on "go" (two processes then post at the same moment).
if (process.env.WAIT_FOR_GO) {
  process.stdout.write('loaded\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  process.stdin.pause();
}
process.stdout.write('ready\n');
try {
  const outcome = await moderation.digests.post(channelId, { now: new Date() }, port, {
    locale: 'en',
    trigger: 'command',
  });
  process.stdout.write(
    `${JSON.stringify({ messageIds: outcome.messageIds, developments: outcome.digest.items.length })}\n`,
  );
} finally {
  await moderation.stop();
  await client.destroy();
}
