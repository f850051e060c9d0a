/**
 * Option values from any transport -> the typed, validated object a command's `run` receives.
 * The terminal hands in strings, Discord typed values; both go through the same checks, and every
 * problem is a UserError that names the option.
 */
import { optionSpecs, type Attachment, type Command, type OptionSpec } from './define.ts';
import { UserError } from '../i18n/user-error.ts';
import { frameworkText } from './messages.ts';

export type RawValue = string | number | boolean | Attachment;

const SNOWFLAKE = /^\d{15,21}$/;

function coerce(name: string, spec: OptionSpec, raw: RawValue): RawValue {
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const text = String(raw).trim();
      // Plain decimal digits only: Number() would also take 0x10, 1e1, +5 and '' (0).
      const written =
        typeof raw === 'number' || (spec.type === 'integer' ? /^-?\d{1,15}$/ : /^-?\d{1,15}(\.\d{1,15})?$/).test(text);
      const value = typeof raw === 'number' ? raw : Number(text);
      if (!written || !Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) {
        throw UserError.of(frameworkText, 'notNumber', name, spec.type === 'integer', String(raw));
      }
      if (spec.min !== undefined && value < spec.min) throw UserError.of(frameworkText, 'atLeast', name, spec.min);
      if (spec.max !== undefined && value > spec.max) throw UserError.of(frameworkText, 'atMost', name, spec.max);
      return value;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (['true', 'yes', '1', 'on', 'ano', 'ja'].includes(text)) return true;
      if (['false', 'no', '0', 'off', 'ne', 'nein'].includes(text)) return false;
      throw UserError.of(frameworkText, 'notBoolean', name);
    }
    case 'user':
    case 'role':
    case 'channel': {
      const id = String(raw).replace(/^<(?:[@#]!?|@&)(\d+)>$/, '$1');
      if (!SNOWFLAKE.test(id))
        throw UserError.of(
          frameworkText,
          spec.type === 'user' ? 'notUser' : spec.type === 'role' ? 'notRole' : 'notChannel',
          name,
        );
      return id;
    }
    case 'attachment':
      if (typeof raw === 'object') return raw;
      throw UserError.of(frameworkText, 'notFile', name);
    case 'string': {
      const value = String(raw).trim();
      if (value.length < (spec.min ?? 1))
        throw value.length === 0
          ? UserError.of(frameworkText, 'empty', name)
          : UserError.of(frameworkText, 'tooShort', name, spec.min ?? 1);
      if (spec.max !== undefined && value.length > spec.max)
        throw UserError.of(frameworkText, 'tooLong', name, spec.max);
      if (spec.choices && !spec.choices.includes(value)) {
        throw UserError.of(frameworkText, 'notAChoice', name, [...spec.choices]);
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
): Record<string, RawValue> {
  const specs = optionSpecs(command, subcommand);
  const options: Record<string, RawValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = specs[name];
    if (!spec) {
      throw UserError.of(frameworkText, 'unknownOption', name, Object.keys(specs));
    }
    options[name] = coerce(name, spec, value);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && options[name] === undefined) throw UserError.of(frameworkText, 'required', name);
  }
  return options;
}
