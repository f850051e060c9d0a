/** /about: what is indexed (count, newest date, when built) and which files were skipped. */
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/answers/reply.ts';
import { readableDate } from '../src/i18n/dates.ts';
import { texts } from '../src/i18n/locale.ts';
import { describeReason } from '../src/i18n/reasons.ts';
import { countryName, kindName } from '../src/i18n/names.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';

const aboutText = texts('about');

export default defineCommand({
  name: 'about',
  example: '',
  lookup: true,
  options: {},
  run(_options, { kb, warnings, seedsFolder, locale }) {
    const text = aboutText(locale);
    const kinds = kb
      .facet('kind')
      .map((kind) => `${kindName(kind, locale)} ${kb.documents.filter((d) => d.kind === kind).length}`);
    const fields = [
      { name: text.documents, value: `${kb.documents.length} (${kinds.join(', ') || '—'})`, inline: true },
      { name: text.newest, value: kb.newestDate ? readableDate(kb.newestDate, locale) : '—', inline: true },
      { name: text.built, value: `<t:${Math.floor(kb.builtAt.getTime() / 1000)}:R>`, inline: true },
      {
        name: text.countries,
        value:
          kb
            .facet('country')
            .slice(0, 15)
            .map((country) => countryName(country, locale))
            .join(', ') || '—',
      },
    ];
    if (seedsFolder) fields.push({ name: text.seedsFolder, value: describeReason(seedsFolder, locale) });
    if (warnings.length > 0) {
      fields.push({
        name: text.skipped,
        value: warnings
          .map((w) => `\`${escapeMarkdown(w.file)}\`: ${escapeMarkdown(describeReason(w.reason, locale))}`)
          .join('\n'),
      });
    }
    return { cards: [{ title: text.title, color: COLORS.info, fields }] };
  },
});
