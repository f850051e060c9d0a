/** /help: every command with an example, in the asker's language, straight from the registry. */
import { defineCommand, localDescription, localName } from '../src/framework/define.ts';
import { COLORS } from '../src/framework/reply.ts';
import { texts } from '../src/i18n/locale.ts';

const en = { title: 'liaison: commands' };
const cs: typeof en = { title: 'liaison: příkazy' };
const helpText = texts({ en, cs });

export default defineCommand({
  name: 'help',
  nameCs: 'napoveda',
  description: 'What I can answer, with examples',
  descriptionCs: 'Na co umím odpovědět, s příklady',
  options: {},
  run: (_options, { commands, locale }) => ({
    ephemeral: true,
    cards: [
      {
        title: helpText(locale).title,
        color: COLORS.info,
        description: [...commands.values()]
          .map((command) => {
            const name = localName(command, locale);
            const example =
              command.example === undefined ? '' : `\n\`/${[name, command.example].filter(Boolean).join(' ')}\``;
            return `**/${name}**: ${localDescription(command, locale)}${example}`;
          })
          .join('\n'),
      },
    ],
  }),
});
