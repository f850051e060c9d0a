/**
 * Moderators on Discord, end to end: the real discord.js client against the fake Discord, with the
 * real SQLite store in a temp DATA_DIR. Digests (preview, post, ledger across restarts, schedules
 * with an injected clock, posting that fails midway), permissions, and document management.
 */
import { isPrivate, visibleLines, visibleText } from './support/visible-text.ts';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { OptionValue } from './fake-discord/index.ts';
import {
  bot,
  channel,
  command,
  description,
  MEMBER,
  MODERATOR,
  posted,
  postedText,
  ROLE_ID,
  withBot,
  type Body,
} from './support/moderation-world.ts';
import { developmentText } from './support/seed-fixtures.ts';

describe('digests', () => {
  const s = withBot();

  it('registers /digest and /documents for Manage Messages by default', () => {
    const commands = s.w.fake.registeredCommands(s.w.fake.guildId) as Body[];
    for (const name of ['digest', 'documents']) {
      expect(commands.find((c) => c.name === name)?.default_member_permissions).toBe(
        String(PermissionFlagsBits.ManageMessages),
      );
    }
    const digest = commands.find((c) => c.name === 'digest')!;
    expect(digest.options.map((o: Body) => o.name)).toEqual(['preview', 'post', 'schedule', 'unschedule']);
  });

  it('refuses a member without Manage Messages, privately, and posts nothing', async () => {
    const answer = await command(s.t, 'digest', 'post', { channel: channel(s.w.fake.channels.second) }, MEMBER);
    expect(isPrivate(answer)).toBe(true);
    expect(description(answer)).toBe('Only moderators (Manage Messages) can do this.');
    expect(posted(s.w.fake, s.w.fake.channels.second)).toEqual([]);
  });

  it('lets a member with the configured moderator role in', async () => {
    const role = {
      id: ROLE_ID,
      name: 'liaison moderators',
      color: 0,
      hoist: false,
      position: 1,
      permissions: '0',
      managed: false,
      mentionable: false,
      flags: 0,
    };
    s.w.fake.dispatch('GUILD_ROLE_CREATE', { guild_id: s.w.fake.guildId, role });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const answer = await command(s.t, 'digest', 'preview', {}, { ...MEMBER, roles: [ROLE_ID] });
    expect(visibleLines(answer)).toContain('**Czechia**');
  });

  it('previews privately what would be posted: newest first, by country, with period and counts', async () => {
    const answer = await command(s.t, 'digest', 'preview');
    expect(isPrivate(answer)).toBe(true);
    expect(visibleLines(answer)[0]).toContain(`Preview of the digest for <#${s.w.fake.channels.main}>`);
    expect(visibleText(answer)).toMatch(
      /^\*\*2026-02-06\*\* — \*\*Czechia and Slovakia sign new agreement on police cooperation\*\* — On 6 February 2026, .+ — \[source\]\(https:\/\/mv\.gov\.cz\/.+\)$/m,
    );
    expect(visibleLines(answer).at(-1)).toBe('-# Period 2026-01-11 – 2026-02-10 · 1 development');
    const since = await command(s.t, 'digest', 'preview', { since: '2025-01-01' });
    const dated = visibleLines(since).filter((line) => /^\*\*\d{4}-/.test(line));
    expect(dated.map((line: string) => line.slice(0, 14))).toEqual(['**2026-02-06**', '**2025-01-16**']);
    expect(visibleLines(since).at(-1)).toBe('-# Period 2025-01-01 – 2026-02-10 · 2 developments');
    expect(posted(s.w.fake, s.w.fake.channels.main)).toEqual([]);
  });

  it('posts the digest to the channel, and the next post repeats nothing', async () => {
    const second = s.w.fake.channels.second;
    const answer = await command(s.t, 'digest', 'post', { channel: channel(second) });
    expect(isPrivate(answer)).toBe(true);
    expect(description(answer)).toBe(
      `Posted 1 development to <#${second}> in 1 message. They will not be posted there again.`,
    );
    // A plain line first, for the push notification, then the cards.
    const [headline, cards] = posted(s.w.fake, second);
    expect(posted(s.w.fake, second)).toHaveLength(2);
    expect(headline!.content).toMatch(/^Digest #\d+: 1 development$/);
    expect(headline!.components).toEqual([]);
    expect(cards!.content).toBe('');
    expect(visibleLines(cards)[0]).toBe('**Czechia**');
    expect(visibleLines(cards).at(-1)).toMatch(/^-# Period 2026-01-11 – 2026-02-10 · 1 development · digest #\d+$/);

    const again = await command(s.t, 'digest', 'post', { channel: channel(second) });
    expect(description(again)).toBe(`Nothing new for <#${second}> since 11 January 2026: nothing was posted.`);
    expect(posted(s.w.fake, second)).toHaveLength(2);
    const preview = await command(s.t, 'digest', 'preview', { channel: channel(second) });
    expect(visibleLines(preview).at(-1)).toBe(
      '-# Period 2026-01-11 – 2026-02-10 · 0 developments · 1 already posted here',
    );
  });

  it('with since, posts only what the channel has not had', async () => {
    const second = s.w.fake.channels.second;
    const answer = await command(s.t, 'digest', 'post', { channel: channel(second), since: '2025-01-01' });
    expect(description(answer)).toContain('Posted 1 development');
    const latest = posted(s.w.fake, second).at(-1)!;
    expect(visibleText(latest)).toContain('2025-01-16');
    expect(visibleText(latest)).not.toContain('2026-02-06');
  });

  it('checks it may post in the channel before promising anything', async () => {
    const answer = await command(s.t, 'digest', 'post', { channel: channel('123456789012345678') });
    expect(description(answer)).toBe(
      'I cannot post in <#123456789012345678>: I need View Channel, Send Messages and Embed Links there.',
    );
    const scheduled = await command(s.t, 'digest', 'schedule', {
      channel: channel('123456789012345678'),
      every: 'daily',
    });
    expect(description(scheduled)).toContain('I cannot post in');
    expect(await (await s.t.app.moderation.store()).schedules.get('123456789012345678')).toBeUndefined();
  });

  it('schedules a daily digest that fires at its slot, once', async () => {
    const main = s.w.fake.channels.main;
    const answer = await command(s.t, 'digest', 'schedule', { channel: channel(main), every: 'daily', at: '9:00' });
    const nextRun = Math.floor(Date.parse('2026-02-10T09:00:00Z') / 1000);
    expect(description(answer)).toBe(
      `A digest of what is new will go to <#${main}> every day at 09:00 UTC. Next: <t:${nextRun}:F>.`,
    );
    const { scheduler } = s.t.app.moderation;
    expect(await scheduler.tick(new Date('2026-02-10T08:59:00Z'))).toEqual([]);
    const [fired] = await scheduler.tick(new Date('2026-02-10T09:00:30Z'));
    expect(fired).toMatchObject({ channelId: main, posted: 1 });
    // One digest: its plain line and its cards.
    expect(posted(s.w.fake, main)).toHaveLength(2);
    expect(await scheduler.tick(new Date('2026-02-10T09:30:00Z'))).toEqual([]);
    expect(posted(s.w.fake, main)).toHaveLength(2);
  });

  it('after a restart repeats nothing, and runs the missed slots once at start', async () => {
    const main = s.w.fake.channels.main;
    const second = s.w.fake.channels.second;
    await s.t.stop();
    s.w.seeds.add(
      'hungary.txt',
      developmentText({
        title: 'Hungary and Slovakia agree on joint border patrols',
        date: '2026-02-12',
        country: 'Hungary',
      }),
    );
    s.w.clock.now = new Date('2026-02-13T12:00:00Z');
    s.t = await bot(s.w);
    // Slots of the 11th, 12th and 13th were missed: one digest, with only the new development.
    expect(posted(s.w.fake, main)).toHaveLength(4);
    expect(visibleText(posted(s.w.fake, main).at(-1))).toContain('2026-02-12');
    expect(visibleText(posted(s.w.fake, main).at(-1))).not.toContain('2026-02-06');
    expect((await (await s.t.app.moderation.store()).schedules.get(main))?.lastSlot).toEqual(
      new Date('2026-02-13T09:00:00Z'),
    );

    const answer = await command(s.t, 'digest', 'post', { channel: channel(second) });
    expect(description(answer)).toContain('Posted 1 development');
    expect(postedText(s.w.fake, second).match(/2026-02-06/g)).toHaveLength(1);

    await s.t.stop();
    s.t = await bot(s.w);
    expect(posted(s.w.fake, main)).toHaveLength(4);
  });

  it('unschedules', async () => {
    const main = s.w.fake.channels.main;
    expect(description(await command(s.t, 'digest', 'unschedule', { channel: channel(main) }))).toBe(
      `No more scheduled digests for <#${main}>.`,
    );
    expect(description(await command(s.t, 'digest', 'unschedule', { channel: channel(main) }))).toBe(
      `No digest was scheduled for <#${main}>.`,
    );
  });
});

describe('a digest that Discord refuses midway', () => {
  const s = withBot((w) => {
    for (let i = 0; i < 45; i++) {
      const country = ['Austria', 'Czechia', 'Slovakia'][i % 3]!;
      const body = `Measure ${i + 1} was announced by the ministry of ${country} after long consultations with regional police directorates and border guards. It changes how joint patrols are planned and how information is exchanged across the border.`;
      w.seeds.add(
        `measure-${i}.txt`,
        developmentText({
          title: `Measure ${i + 1} on police cooperation`,
          date: `2026-01-${String(12 + (i % 17)).padStart(2, '0')}`,
          country,
          body,
        }),
      );
    }
  });

  it('keeps what went out when a later message fails, and the next post sends only the rest', async () => {
    const second = s.w.fake.channels.second;
    const route = `/channels/${second}/messages`;
    let seen = 0;
    // The headline and the first cards go out; the next message fails.
    s.w.fake.failNext((r) => r.method === 'POST' && r.route === route && ++seen >= 3, 500, undefined, 4);
    const failed = await command(s.t, 'digest', 'post', { channel: channel(second) });
    expect(isPrivate(failed)).toBe(true);
    expect(description(failed)).toMatch(
      new RegExp(
        `^Discord took 1 of the \\d+ messages of the digest for <#${second}>, then refused \\(HTTP 500\\)\\. What was sent is recorded`,
      ),
    );
    expect(posted(s.w.fake, second)).toHaveLength(2);
    const store = await s.t.app.moderation.store();
    const recorded = (await store.ledger.postedDocumentIds(second)).size;
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThan(46);

    // The refused message's fate was unknown (a 500): it is settled first, sent again with its nonce.
    const retry = await command(s.t, 'digest', 'post', { channel: channel(second) });
    expect(description(retry)).toMatch(/^Posted \d+ developments to .+ in \d+ messages?\./);
    const messages = Number(/in (\d+) messages?/.exec(description(retry))![1]);
    expect(posted(s.w.fake, second)).toHaveLength(4 + messages);
    expect((await store.ledger.postedDocumentIds(second)).size).toBe(46);
    const lines = posted(s.w.fake, second)
      .flatMap((m) => visibleLines(m))
      .filter((line) => /^\*\*\d{4}-\d{2}-\d{2}\*\* — /.test(line));
    expect(new Set(lines).size).toBe(46);
    expect(lines).toHaveLength(46);
  });

  it('reports a refusal (403) the same way', async () => {
    const main = s.w.fake.channels.main;
    s.w.fake.failNext({ method: 'POST', route: `/channels/${main}/messages` }, 403);
    const failed = await command(s.t, 'digest', 'post', { channel: channel(main) });
    expect(description(failed)).toContain('(HTTP 403). Nothing was recorded');
    expect(await (await s.t.app.moderation.store()).ledger.lastDigest(main)).toBeUndefined();
  });
});

describe('documents', () => {
  const s = withBot();

  const HUNGARY = developmentText({
    title: 'Hungary and Slovakia agree on joint border patrols',
    date: '2026-02-09',
    country: 'Hungary',
  });
  const attach = (filename: string, body: string | Buffer): OptionValue => ({
    attachment: { filename, body, contentType: 'text/plain' },
  });
  const files = () => readdirSync(s.w.seeds.dir).sort();

  it('lists what is indexed, privately', async () => {
    const answer = await command(s.t, 'documents', 'list');
    expect(isPrivate(answer)).toBe(true);
    const lines = visibleLines(answer);
    expect(lines[0]).toBe('**Indexed documents (5)**');
    const first = lines.indexOf('**Czechia and Slovakia sign new agreement on police cooperation**');
    expect(lines[first + 1]).toBe('development · 2026-02-06 · `000_683bff22d49141e8.txt`');
  });

  it('adds an attached document and shows what was extracted', async () => {
    const answer = await command(s.t, 'documents', 'add', { file: attach('hungary.md', HUNGARY) });
    expect(visibleText(answer)).toMatch(
      /^\*\*Hungary and Slovakia agree on joint border patrols\*\*\nSaved as `hungary\.md` and indexed\.\nIndex rebuilt: 6 documents/,
    );
    expect(visibleText(answer)).toContain('**Kind**\ndevelopment\n**Date**\n9 February 2026\n**Country**\nHungary\n');
    expect(files()).toContain('hungary.md');
    expect(s.t.app.kb.documents.map((d) => d.file)).toContain('hungary.md');
  });

  it('does not overwrite without replace, and replaces with it', async () => {
    const refused = await command(s.t, 'documents', 'add', { file: attach('hungary.md', `${HUNGARY}\nMore text.`) });
    expect(description(refused)).toBe(
      '`hungary.md` is already in the folder. Add it again with replace: true to overwrite it.',
    );
    const replaced = await command(s.t, 'documents', 'add', {
      file: attach('hungary.md', HUNGARY.replace('border patrols', 'river patrols')),
      replace: true,
    });
    expect(visibleText(replaced)).toMatch(/^Replaced `hungary\.md`/m);
    expect(s.t.app.kb.documents.find((d) => d.file === 'hungary.md')?.title).toBe(
      'Hungary and Slovakia agree on joint river patrols',
    );
  });

  it('saves hostile file names as plain names inside the seeds folder', async () => {
    const outside = join(s.w.seeds.dir, '..', '..', 'etc', 'passwd.txt');
    for (const [i, [name, saved]] of (
      [
        ['../../etc/passwd.txt', 'passwd.txt'],
        ['..\\x.md', 'x.md'],
        ['a\u0000b/../c\\d.md', 'd.md'],
      ] as const
    ).entries()) {
      // Hosted at a plain URL: the hostile part is the file name Discord reports, not the URL.
      const body = HUNGARY.replace('Hungary and', `${saved}: Hungary and`);
      const url = s.w.fake.serveFile(`hostile/${i}`, body);
      const answer = await command(s.t, 'documents', 'add', {
        file: { attachment: { filename: name, url, size: body.length } },
      });
      expect(visibleText(answer), name).toContain(`Saved as \`${saved}\``);
      expect(files()).toContain(saved);
    }
    expect(existsSync(outside)).toBe(false);
    expect(files().filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses an oversized attachment without downloading it, and a broken one with the reason', async () => {
    const before = files();
    const big = await command(s.t, 'documents', 'add', {
      file: attach('big.txt', Buffer.alloc(5 * 1024 * 1024 + 1, 'a')),
    });
    expect(description(big)).toBe('The file is too large (5.0 MB); the limit is 5 MB.');
    expect(s.w.fake.fileDownloads.filter((d) => d.path.endsWith('big.txt'))).toEqual([]);
    const broken = await command(s.t, 'documents', 'add', {
      file: attach('broken.pdf', '%PDF-1.7 not really a PDF at all'),
    });
    expect(description(broken)).toMatch(/^The file cannot be used: .+\. Nothing was saved\.$/);
    const binary = await command(s.t, 'documents', 'add', {
      file: attach('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 9, 10, 0, 0, 1, 2, 3, 4, 5, 6, 7])),
    });
    expect(description(binary)).toBe('The file cannot be used: binary file (contains NUL bytes). Nothing was saved.');
    const czech = await command(
      s.t,
      'documents',
      'add',
      { file: attach('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 7, 8, 9, 10, 0, 0, 1, 2, 3, 4, 5, 6, 7])) },
      { ...MODERATOR, locale: 'cs' },
    );
    expect(description(czech)).toBe('Soubor nelze použít: binární soubor (obsahuje bajty NUL). Nic nebylo uloženo.');
    const exe = await command(s.t, 'documents', 'add', { file: attach('setup.exe', 'MZ') });
    expect(description(exe)).toBe('`setup.exe`: only .txt, .md, .html, .pdf, .docx and .eml files can be added.');
    expect(files()).toEqual(before);
  });

  it("adds only files Discord serves: a loopback page, data: and file: URLs are refused, in the member's language", async () => {
    const before = files();
    const elsewhere = createServer((_req, res) => res.end(HUNGARY));
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    try {
      const loopback = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/page.txt`;
      const redirect = s.w.fake.serveCustom('hostile/redirect', (res) =>
        res.writeHead(302, { location: loopback }).end(),
      );
      for (const url of [loopback, redirect, 'data:text/plain,Hungary%20and%20Slovakia', 'file:///etc/hostname']) {
        const answer = await command(s.t, 'documents', 'add', {
          file: { attachment: { filename: 'page.txt', url, size: 100 } },
        });
        expect(description(answer), url).toMatch(
          /^Only files attached in Discord can be added \(not `.+`\)\. Nothing was saved\.$/,
        );
      }
      const czech = await command(
        s.t,
        'documents',
        'add',
        { file: { attachment: { filename: 'page.txt', url: loopback, size: 100 } } },
        { ...MODERATOR, locale: 'cs' },
      );
      expect(description(czech)).toMatch(/^Přidat lze jen soubory přiložené v Discordu/);
    } finally {
      elsewhere.close();
    }
    expect(files()).toEqual(before);
  });

  it('stops downloading an attachment larger than it claims once it passes 5 MB', async () => {
    let sent = 0;
    const url = s.w.fake.serveCustom('hostile/lying.txt', (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const pump = () => {
        while (sent < 200 * 1024 * 1024 && !res.destroyed) {
          sent += 64 * 1024;
          if (!res.write(Buffer.alloc(64 * 1024, 'a'))) return void res.once('drain', pump);
        }
        res.end();
      };
      res.once('close', () => res.off('drain', pump));
      pump();
    });
    const answer = await command(s.t, 'documents', 'add', {
      file: { attachment: { filename: 'lying.txt', url, size: 1024 } },
    });
    expect(description(answer)).toBe('The file is too large (> 5.0 MB); the limit is 5 MB.');
    expect(sent).toBeLessThan(100 * 1024 * 1024);
    expect(files()).not.toContain('lying.txt');
  });

  it('suggests indexed documents to remove, and removes one', async () => {
    const interaction = s.w.fake.sendInteraction(
      s.w.fake.autocompleteInteraction({
        name: 'documents',
        subcommand: 'remove',
        focused: { name: 'document', value: 'river' },
        ...MODERATOR,
      }),
    );
    const callback = await s.w.fake.waitForRequest({
      method: 'POST',
      route: new RegExp(`^/interactions/${interaction.id}/`),
    });
    const choices = (callback.body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
    expect(choices[0]).toEqual({
      name: 'Hungary and Slovakia agree on joint river patrols · hungary.md',
      value: 'hungary.md',
    });

    const answer = await command(s.t, 'documents', 'remove', { document: 'hungary.md' });
    expect(description(answer)).toMatch(
      /^Removed \*\*Hungary and Slovakia agree on joint river patrols\*\* \(`hungary\.md`\)/,
    );
    expect(files()).not.toContain('hungary.md');
    expect(s.t.app.kb.documents.map((d) => d.file)).not.toContain('hungary.md');
    const unknown = await command(s.t, 'documents', 'remove', { document: '../../etc/passwd' });
    expect(description(unknown)).toBe('No indexed document is `../../etc/passwd`. Pick one from the suggestions.');
  });

  it('re-indexes on request', async () => {
    s.w.seeds.add('dropped.txt', HUNGARY.replace('Hungary and', 'Dropped: Hungary and'));
    const answer = await command(s.t, 'documents', 'reload');
    expect(description(answer)).toMatch(/^Index rebuilt: 9 documents in \d+ ms\.$/);
    expect(s.t.app.kb.documents.map((d) => d.file)).toContain('dropped.txt');
  });

  it('refuses members without Manage Messages', async () => {
    const answer = await command(s.t, 'documents', 'reload', {}, MEMBER);
    expect(description(answer)).toBe('Only moderators (Manage Messages) can do this.');
  });
});
