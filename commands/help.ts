/** /help: every command with an example, and how to ask without one, in the asker's language. */
import { localDescription, localName } from '../src/framework/command-text.ts';
import { defineCommand } from '../src/framework/define.ts';
import { COLORS } from '../src/answers/reply.ts';
import { pack, texts } from '../src/i18n/locale.ts';

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
        fields: [{ name: helpText(locale).askingTitle, value: helpText(locale).asking(pack(locale).messageCommand) }],
      },
    ],
  }),
});
