/** /about: what is indexed (count, newest date, when built) and which files were skipped. */
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/framework/reply.ts';
import { escapeMarkdown } from '../src/util/markdown.ts';

export default defineCommand({
  name: 'about',
  nameCs: 'o-botovi',
  description: 'Which documents I know and when the index was built',
  descriptionCs: 'Které dokumenty znám a kdy byl index sestaven',
  lookup: true,
  options: {},
  run(_options, { kb, warnings, locale }) {
    const cs = locale === 'cs';
    const kinds = kb.facet('kind').map((kind) => `${kind} ${kb.documents.filter((d) => d.kind === kind).length}`);
    const fields = [
      { name: cs ? 'Dokumenty' : 'Documents', value: `${kb.documents.length} (${kinds.join(', ') || '—'})`, inline: true },
      { name: cs ? 'Nejnovější' : 'Newest', value: kb.newestDate ?? '—', inline: true },
      { name: cs ? 'Index sestaven' : 'Index built', value: `<t:${Math.floor(kb.builtAt.getTime() / 1000)}:R>`, inline: true },
      { name: cs ? 'Země' : 'Countries', value: kb.facet('country').slice(0, 15).join(', ') || '—' },
    ];
    if (warnings.length > 0) {
      fields.push({
        name: cs ? 'Přeskočené soubory' : 'Skipped files',
        value: warnings.map((w) => `\`${escapeMarkdown(w.file)}\`: ${escapeMarkdown(w.reason)}`).join('\n'),
      });
    }
    return { cards: [{ title: cs ? 'O botovi liaison' : 'About liaison', color: COLORS.info, fields }] };
  },
});
