/**
 * Child of bench/hostile.ts: the bot (discord.js against the fake Discord, as the tests run it) gets
 * `/documents add` of each file in DIR from a moderator while another member's `/search` arrives
 * 300 ms later. Prints one JSON line per file: milliseconds to the moderator's first answer (Discord
 * needs one within 3 s), to the final answer, to the /search answer, and what the final answer said.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { MEMBER_PERMISSIONS, type FakeInteraction, type OptionValue } from '../test/fake-discord/index.ts';
import { SEEDS_DIR, startBotUnderTest } from '../test/support/bot.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hostile-add.ts DIR');
const seeds = await mkdtemp(join(tmpdir(), 'liaison-hostile-add-'));
await cp(SEEDS_DIR, seeds, { recursive: true });
const t = await startBotUnderTest({ env: { SEEDS_DIR: seeds }, deferAfterMs: 1500 });
const { fake } = t;
type Body = { type: number; data?: { embeds?: { title?: string; description?: string }[]; content?: string } };

async function callback(interaction: FakeInteraction, sent: number) {
  const request = await fake.waitForRequest(
    { method: 'POST', route: new RegExp(`^/interactions/${interaction.id}/`) },
    60_000,
  );
  return { ms: Math.round(performance.now() - sent), body: request.body as Body };
}

const said = (body: Body | undefined): string =>
  [body?.data?.embeds?.[0]?.title, body?.data?.embeds?.[0]?.description ?? body?.data?.content]
    .filter(Boolean)
    .join(' — ')
    .split('\n')[0]!
    .slice(0, 160);

let n = 0;
for (const name of (await readdir(dir)).sort()) {
  const body = await readFile(join(dir, name));
  const file: OptionValue = { attachment: { filename: name, body, contentType: 'application/octet-stream' } };
  const moderator = {
    memberPermissions: MEMBER_PERMISSIONS | PermissionFlagsBits.ManageMessages,
    user: { id: `90000000000000${String(++n).padStart(4, '0')}` },
  };
  const member = { memberPermissions: MEMBER_PERMISSIONS, user: { id: `80000000000000${String(n).padStart(4, '0')}` } };
  const sent = performance.now();
  const add = fake.sendInteraction(
    fake.chatInputInteraction({ name: 'documents', subcommand: 'add', options: { file }, ...moderator }),
  );
  const first = callback(add, sent);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const searchSent = performance.now();
  const search = fake.sendInteraction(
    fake.chatInputInteraction({ name: 'search', options: { query: 'police cooperation' }, ...member }),
  );
  const searched = await callback(search, searchSent);
  const answered = await first;
  let finalMs = answered.ms;
  let final = answered.body;
  if (answered.body.type === 5) {
    const webhook = `/webhooks/${fake.applicationId}/${add.token}`;
    const edit = await fake.waitForRequest(
      (r) => ['PATCH', 'POST'].includes(r.method) && r.route.startsWith(webhook),
      60_000,
    );
    finalMs = Math.round(performance.now() - sent);
    final = { type: 4, data: edit.body as Body['data'] };
  }
  console.log(
    JSON.stringify({
      file: name,
      firstAnswerMs: answered.ms,
      deferred: answered.body.type === 5,
      finalAnswerMs: finalMs,
      searchMs: searched.ms,
      searchAnswered: searched.body.type === 4,
      said: said(final),
    }),
  );
}
console.log(JSON.stringify({ peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
await t.stop();
process.exit(0);
