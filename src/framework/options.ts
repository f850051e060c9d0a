/**
 * Option values from any transport -> the typed, validated object a command's `run` receives.
 * The terminal hands in strings, Discord typed values; both go through the same checks, and every
 * problem is a UserError that names the option.
 */
import type { Messages } from '../i18n/messages.ts';
import { optionSpecs, type Attachment, type Command, type OptionSpec } from './define.ts';
import { UserError } from './errors.ts';

export type RawValue = string | number | boolean | Attachment;

const SNOWFLAKE = /^\d{15,21}$/;

function coerce(name: string, spec: OptionSpec, raw: RawValue, t: Messages): RawValue {
  const fail = (reason: string) => new UserError(t.badOption(name, reason));
  const r = t.reason;
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const text = String(raw).trim();
      // Plain decimal digits only: Number() would also take 0x10, 1e1, +5 and '' (0).
      const written = typeof raw === 'number' || (spec.type === 'integer' ? /^-?\d{1,15}$/ : /^-?\d{1,15}(\.\d{1,15})?$/).test(text);
      const value = typeof raw === 'number' ? raw : Number(text);
      if (!written || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        throw fail(spec.type === 'integer' ? r.wholeNumber(String(raw)) : r.number(String(raw)));
      }
      if (spec.min !== undefined && value < spec.min) throw fail(r.atLeast(spec.min));
      if (spec.max !== undefined && value > spec.max) throw fail(r.atMost(spec.max));
      return value;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (['true', 'yes', '1', 'on', 'ano'].includes(text)) return true;
      if (['false', 'no', '0', 'off', 'ne'].includes(text)) return false;
      throw fail(r.trueOrFalse);
    }
    case 'user':
    case 'channel': {
      const id = String(raw).replace(/^<[@#]!?(\d+)>$/, '$1');
      if (!SNOWFLAKE.test(id)) throw fail(r.idOrMention(spec.type));
      return id;
    }
    case 'attachment':
      if (typeof raw === 'object') return raw;
      throw fail(r.file);
    case 'string': {
      const value = String(raw).trim();
      if (value.length < (spec.min ?? 1)) throw fail(value.length === 0 ? r.empty : r.minChars(spec.min ?? 1));
      if (spec.max !== undefined && value.length > spec.max) throw fail(r.maxChars(spec.max));
      if (spec.choices && !spec.choices.some((choice) => choice.value === value)) {
        throw fail(r.oneOf(spec.choices.map((choice) => choice.value).join(', ')));
      }
      return value;
    }
  }
}

/** Validate `raw` against the command's options: unknown, missing and malformed options are refused. */
export function validateOptions(
  command: Command,
  subcommand: string | undefined,
  raw: Readonly<Record<string, RawValue>>,
  t: Messages,
): Record<string, RawValue> {
  const specs = optionSpecs(command, subcommand);
  const options: Record<string, RawValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = specs[name];
    if (!spec) throw new UserError(t.badOption(name, t.reason.unknown(Object.keys(specs).join(', '))));
    options[name] = coerce(name, spec, value, t);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && options[name] === undefined) throw new UserError(t.badOption(name, t.reason.required));
  }
  return options;
}
