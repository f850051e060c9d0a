/** /help: every command with an example, in the asker's language, straight from the registry. */
import { localDescription, localName } from '../src/framework/command-text.ts';
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/answers/reply.ts';
import { texts } from '../src/i18n/locale.ts';

const helpText = texts('help');

export default defineCommand({
  name: 'help',
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
