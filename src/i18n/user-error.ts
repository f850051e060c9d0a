/**
 * A mistake in what the user asked (bad date, unknown option, no permission): it carries a
 * message key and its parameters, and is worded in the asker's language only at the edge (the
 * reply, the terminal's stderr). Anything else thrown is a bug (src/framework/errors.ts).
 */
import type { Locale, Texts } from './locale.ts';

type Message = string | ((...params: never[]) => string);
type ParamsOf<M> = M extends (...params: infer P) => string ? P : [];
type KeyOf<T> = { [K in keyof T]: T[K] extends Message ? K : never }[keyof T] & string;

export class UserError extends Error {
  override readonly name = 'UserError';

  private constructor(
    readonly key: string,
    readonly params: readonly unknown[],
    private readonly wording: (locale: Locale) => string,
  ) {
    super(wording('en'));
  }

  /** `UserError.of(digestCommandText, 'badTime', at)`: the key is checked against the table, and so are the parameters. */
  static of<T, K extends KeyOf<T>>(table: Texts<T>, key: K, ...params: ParamsOf<T[K]>): UserError {
    return new UserError(key, params, (locale) => {
      const message = table(locale)[key] as Message;
      return typeof message === 'function' ? (message as (...p: unknown[]) => string)(...params) : message;
    });
  }

  /** The message in the asker's language. */
  text(locale: Locale): string {
    return this.wording(locale);
  }
}
