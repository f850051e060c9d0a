/** /developments: filters, newest first, explained empty answers, and stateless pages. */
import { describe, expect, it } from 'vitest';
import developments from '../commands/developments.ts';
import { type Reply } from '../src/answers/reply.ts';
import { UserError } from '../src/i18n/user-error.ts';
import { parseDocument } from '../src/corpus/parse.ts';
import type { Locale } from '../src/i18n/locale.ts';
import { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { toTerminalText } from '../src/render/terminal.ts';
import { validateRequestBody } from './support/discord-spec.ts';
import { visibleText } from './support/visible-text.ts';
import { askCli, contextFor, seedKnowledge, type Surface } from './support/structured.ts';

/** An EU database-style entry for another country, dated 2025-mm-dd. */
const entry = (month: number, country: string, theme: string, type: string): string => {
  const day = `${String(month).padStart(2, '0')}.${String(month).padStart(2, '0')}.2025`;
  return `${country} reports change number ${month} in ${theme.toLowerCase()}

In month ${month} the government of ${country} adopted a measure on ${theme.toLowerCase()} that changes how applicants are received and registered. The measure applies to every regional office from the following week.

Source(s)
· Ministry of the Interior (${month} March, 2025), Measure ${month}, https://example.org/${country.toLowerCase()}/measure-${month}

Date of development
${day}

Country
${country}

Thematic area(s)
${theme}

Development type
${type}
`;
};

const TEST_ENTRIES = Array.from({ length: 12 }, (_, i) =>
  parseDocument(
    `dev-${i + 1}.txt`,
    entry(
      i + 1,
      i % 2 === 0 ? 'Poland' : 'Austria',
      i < 6 ? 'Reception' : 'Return',
      i % 3 === 0 ? 'Legislation' : 'Policy',
    ),
  ),
);

const { seeds: seedKb } = await seedKnowledge();
const bigKb = new KnowledgeBase(TEST_ENTRIES);

const ask = async (
  options: Record<string, string | number>,
  kb = seedKb,
  locale: Locale = 'en',
  surface: Surface = 'terminal',
): Promise<Reply> => developments.run(options, contextFor(kb, locale, surface));
const headers = (reply: Reply): string[] => reply.cards[0]?.fields?.map((f) => f.value.split('\n')[0] ?? '') ?? [];

describe('/developments on the seeds', () => {
  it('country Czechia: newest first, each with date, country, type, themes, summary and source', async () => {
    const reply = await ask({ country: 'Czechia' });
    expect(reply.cards[0]?.description).toBe('2 developments, newest first');
    expect(headers(reply)).toEqual(['**2026-02-06** · Czechia · Policy', '**2025-01-16** · Czechia · Policy']);
    const [treaty, albania] = reply.cards[0]!.fields!;
    expect(treaty?.name).toBe('Czechia and Slovakia sign new agreement on police cooperation');
    expect(treaty?.value).toContain(
      '*General asylum and migration development, Access to procedures and non-refoulement*',
    );
    expect(treaty?.value).toContain('On 6 February 2026, the Czech and Slovak Ministers of the Interior signed');
    expect(treaty?.value).toContain('[Source](https://mv.gov.cz/clanek/prvni-zahranicni-cesta');
    expect(albania?.value).toContain('`003_92b564ac1ca8dc24.txt`');
    expect(treaty?.value).not.toContain('zzzz');
  });

  it.each([
    [{ since: '2026' }, ['**2026-02-06** · Czechia · Policy']],
    [{ since: '1.1.2026' }, ['**2026-02-06** · Czechia · Policy']],
    [{ until: '2025' }, ['**2025-01-16** · Czechia · Policy']],
    [{ topic: 'Access to procedures' }, ['**2026-02-06** · Czechia · Policy']],
    [{ type: 'policy', query: 'Albania' }, ['**2025-01-16** · Czechia · Policy']],
    [{ country: 'Czech Republic', since: '2025-01-01', until: '2025-12-31' }, ['**2025-01-16** · Czechia · Policy']],
  ])('filters %j', async (options, expected) => {
    expect(headers(await ask(options))).toEqual(expected);
  });

  it('explains an empty answer by the filter that left nothing', async () => {
    const late = await ask({ country: 'Czechia', since: '2026-03-01' });
    expect(late.cards[0]?.description).toBe('2 developments in Czechia, but none since 1 March 2026.');
    const nowhere = await ask({ country: 'Atlantis' });
    expect(nowhere.cards[0]?.description).toContain('2 developments indexed, but none in Atlantis.');
    expect(nowhere.cards[0]?.description).toContain('Countries with developments: Czechia');
    const recent = await ask({ since: '30d' });
    expect(recent.cards[0]?.description).toBe('2 developments indexed, but none since 22 October 2026.');
    const czech = await ask({ country: 'Czechia', topic: 'Return' }, seedKb, 'cs');
    expect(czech.cards[0]?.description).toContain('2 záznamy o vývoji v zemi Czechia, ale žádný k tématu „Return“.');
  });

  it('refuses a date it cannot read with the usual message', async () => {
    await expect(ask({ since: 'next tuesday-ish' })).rejects.toThrow(UserError);
    await expect(ask({ until: 'soon' })).rejects.toThrow('“soon” is not a date I understand');
  });
});

describe('/developments on a news item', () => {
  it('summarises from the lead, past a one-line standfirst', async () => {
    const news = parseDocument(
      'ring.md',
      `---
date: 2026-05-28
---
# Smuggling ring taken down on the northern route

Nine arrests in an action coordinated by the border police of both countries

The investigation, code-named Operation NORTH STAR, began in 2025 after rented vans crossed the border repeatedly at night.

Officers searched twelve flats and seized forged documents.`,
    );
    const reply = await ask({}, new KnowledgeBase([news]));
    const entry = reply.cards[0]?.fields?.[0]?.value ?? '';
    expect(entry).toContain('Nine arrests');
    expect(entry).toContain('Operation NORTH STAR');
  });
});

describe('/developments on entries written for the test', () => {
  it('reads another country and its themes, and autocompletes them from what is present', async () => {
    const reply = await ask({ country: 'Poland', topic: 'reception' }, bigKb);
    expect(headers(reply)).toEqual([
      '**2025-05-05** · Poland · Policy',
      '**2025-03-03** · Poland · Policy',
      '**2025-01-01** · Poland · Legislation',
    ]);
    const ctx = contextFor(bigKb);
    expect(developments.autocomplete?.({ name: 'country', value: 'pol' }, ctx).map((c) => c.name)).toEqual(['Poland']);
    expect(developments.autocomplete?.({ name: 'topic', value: 'ret' }, ctx).map((c) => c.name)).toEqual(['Return']);
    expect(developments.autocomplete?.({ name: 'type', value: '' }, ctx).map((c) => c.name)).toEqual([
      'Policy',
      'Legislation',
    ]);
  });

  it('pages in Discord: Next then Previous round-trip through the buttons, filters kept', async () => {
    const ctx = contextFor(bigKb, 'en', 'discord');
    const first = await developments.run({ since: '2025-02-01', limit: 4 }, ctx);
    expect(first.more).toBeUndefined();
    expect(headers(first).map((h) => h.slice(2, 12))).toEqual(['2025-12-12', '2025-11-11', '2025-10-10', '2025-09-09']);
    expect(first.cards[0]?.footer).toBe('Page 1 of 3');
    const [previous, next] = first.buttons ?? [];
    expect(previous).toMatchObject({ label: '◀ Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next ▶', disabled: false });
    for (const button of first.buttons ?? []) expect(button.customId?.length).toBeLessThanOrEqual(100);

    const press = (reply: Reply, label: string) => {
      const id = reply.buttons?.find((b) => b.label.includes(label))?.customId ?? '';
      expect(id.startsWith('developments:')).toBe(true);
      return developments.button!(id.slice('developments:'.length), ctx);
    };
    const second = await press(first, 'Next');
    expect(headers(second).map((h) => h.slice(2, 12))).toEqual([
      '2025-08-08',
      '2025-07-07',
      '2025-06-06',
      '2025-05-05',
    ]);
    expect(second.cards[0]?.footer).toBe('Page 2 of 3');
    const third = await press(second, 'Next');
    expect(headers(third).map((h) => h.slice(2, 12))).toEqual(['2025-04-04', '2025-03-03', '2025-02-02']);
    expect(third.buttons?.find((b) => b.label.includes('Next'))?.disabled).toBe(true);
    const back = await press(third, 'Previous');
    expect(back).toEqual(second);
  });

  it('keeps every filter across pages, even long ones, within 100 characters', async () => {
    const ctx = contextFor(bigKb, 'en', 'discord');
    const first = await developments.run(
      {
        country: 'Austria',
        topic: 'return',
        type: 'Policy',
        since: 'last year',
        until: '2025-12-31',
        query: 'measure',
        limit: 1,
      },
      ctx,
    );
    expect(first.cards[0]?.title).toBe(
      'Developments · in Austria · on “return” · of type “Policy” · matching “measure” · since 1 January 2025 · until 31 December 2025',
    );
    const next = first.buttons?.find((b) => b.label.includes('Next'))?.customId ?? '';
    expect(next.length).toBeLessThanOrEqual(100);
    const second = await developments.button!(next.slice('developments:'.length), ctx);
    expect(second.cards[0]?.title).toBe(first.cards[0]?.title);
    expect(headers(first).concat(headers(second))).toEqual([
      '**2025-12-12** · Austria · Policy',
      '**2025-08-08** · Austria · Policy',
    ]);
  });

  it('drops the buttons and says why when the filters do not fit in a custom_id', async () => {
    const ctx = contextFor(bigKb, 'en', 'discord');
    const reply = await developments.run(
      {
        query:
          'measure applicants received registered regional office following week, measure applicants received registered',
        limit: 1,
      },
      ctx,
    );
    expect(reply.buttons).toBeUndefined();
    expect(reply.cards[0]?.footer).toMatch(/^Page 1 of \d+ · shorten the query or add filters to page on$/);
  });

  it('prints every page in the terminal', async () => {
    const reply = await ask({ limit: 5 }, bigKb);
    expect(reply.more).toHaveLength(2);
    const text = toTerminalText(reply);
    for (const document of TEST_ENTRIES) expect(text).toContain(document.title);
    expect(text).toContain('Page 3 of 3');
  });

  it('fits a page of 25 long entries within Discord limits by moving the rest to the next page', async () => {
    const long = Array.from({ length: 30 }, (_, i) =>
      parseDocument(
        `long-${i}.txt`,
        entry((i % 12) + 1, 'Poland', `Reception ${'and integration '.repeat(10)}`, 'Policy'),
      ),
    );
    const ctx = contextFor(new KnowledgeBase(long), 'en', 'discord');
    const reply = await developments.run({ limit: 25 }, ctx);
    const fields = reply.cards[0]?.fields ?? [];
    const size =
      fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
      (reply.cards[0]?.title?.length ?? 0) +
      (reply.cards[0]?.description?.length ?? 0) +
      (reply.cards[0]?.footer?.length ?? 0);
    expect(fields.length).toBeLessThan(25);
    expect(size).toBeLessThanOrEqual(6000);
    expect(fields.every((f) => f.value.length <= 1024)).toBe(true);
  });
});

describe('npm run ask -- developments', () => {
  it('prints every page as text, and the first page with its buttons as --json', async () => {
    const text = await askCli('developments', '--country', 'Czechia', '--limit', '1');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Page 1 of 2');
    expect(text.stdout).toContain('Page 2 of 2');
    expect(text.stdout.indexOf('2026-02-06 · Czechia')).toBeLessThan(text.stdout.indexOf('2025-01-16 · Czechia'));
    const json = await askCli('developments', '--country', 'Czechia', '--limit', '1', '--json');
    const payload = JSON.parse(json.stdout);
    expect(visibleText(payload).match(/^\*\*\d{4}-\d{2}-\d{2}\*\* · Czechia/gm)).toHaveLength(1);
    expect(payload.components.at(-1).components[1].custom_id).toMatch(/^developments:1\|Czechia\|/);
    expect(
      validateRequestBody('POST', '/api/v10/interactions/1/t/callback', { type: 4, data: payload }).errors,
    ).toEqual([]);
  });
});
