/**
 * The terminal transport: run one invocation and print its reply (text, or the exact Discord
 * payload as JSON), and an interactive session over the same commands. No business logic here.
 */
import { createInterface } from 'node:readline/promises';
import type { App } from '../app.ts';
import { runInvocation } from '../framework/dispatch.ts';
import { errorReply, newErrorId } from '../framework/errors.ts';
import { UserError } from '../i18n/user-error.ts';
import type { Locale } from '../i18n/locale.ts';
import { allMessages, toDiscordMessage } from '../render/discord.ts';
import { toTerminalText } from '../render/terminal.ts';
import { parseLine, type TerminalRequest } from './args.ts';
import { cliText } from './messages.ts';

/** Whoever runs the terminal owns the bot's files: a moderator. The terminal has no ports: nothing to post to. */
const OPERATOR = { userId: 'terminal', isModerator: true };

export async function answer(app: App, request: TerminalRequest, locale: Locale): Promise<string> {
  const ctx = app.context({ locale, member: OPERATOR, canPressButtons: false });
  const reply = await runInvocation(app.registry, request.invocation, ctx);
  return request.json ? JSON.stringify(toDiscordMessage(allMessages(reply)[0] ?? reply)) : toTerminalText(reply);
}

/** An interactive session: one command a line, errors printed and the session kept alive. */
export async function interactiveSession(app: App, locale: Locale): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const text = cliText(locale);
  console.log(text.greeting(app.kb.documents.length));
  rl.setPrompt('liaison> ');
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === 'exit' || input === 'quit') break;
    if (input) {
      try {
        // "help" is /help, plus how to type options and leave.
        const request = parseLine(app.registry, input === 'help' ? '/help' : input);
        console.log(await answer(app, request, locale));
        if (input === 'help') console.log(`\n${text.sessionHelp}`);
      } catch (error) {
        const id = newErrorId();
        if (!(error instanceof UserError)) app.logger.error({ err: error, errorId: id }, 'command failed');
        console.error(toTerminalText(errorReply(error, locale, id)));
      }
    }
    rl.prompt();
  }
  rl.close();
}
