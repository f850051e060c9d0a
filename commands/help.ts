/** /help: every command with an example, straight from the registry's definitions. */
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/framework/reply.ts';

const EXAMPLES: Record<string, string> = {
  search: '/search query: policejni spoluprace',
  contacts: '/contacts query: 24/7',
  treaty: '/treaty query: Slovakia',
  developments: '/developments country: Czechia since: 2025',
  digest: '/digest preview since: 30d',
  documents: '/documents list',
  about: '/about',
};

export default defineCommand({
  name: 'help',
  nameCs: 'napoveda',
  description: 'What I can answer, with examples',
  descriptionCs: 'Na co umím odpovědět, s příklady',
  options: {},
  run: (_options, ctx) => ({
    ephemeral: true,
    cards: [
      {
        title: ctx.t.helpTitle,
        color: COLORS.info,
        description: [...ctx.commands.values()]
          .map(({ name, description }) => `**/${name}**: ${description}${EXAMPLES[name] ? `\n\`${EXAMPLES[name]}\`` : ''}`)
          .join('\n'),
      },
    ],
  }),
});
