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
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
      if (!Number.isFinite(value) || (spec.type === 'integer' && !Number.isInteger(value))) throw fail(`expected a ${spec.type === 'integer' ? 'whole ' : ''}number, got “${String(raw)}”`);
      if (spec.min !== undefined && value < spec.min) throw fail(`must be at least ${spec.min}`);
      if (spec.max !== undefined && value > spec.max) throw fail(`must be at most ${spec.max}`);
      return value;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (['true', 'yes', '1', 'on', 'ano'].includes(text)) return true;
      if (['false', 'no', '0', 'off', 'ne'].includes(text)) return false;
      throw fail('expected true or false');
    }
    case 'user':
    case 'role':
    case 'channel': {
      const id = String(raw).replace(/^<(?:[@#]!?|@&)(\d+)>$/, '$1');
      if (!SNOWFLAKE.test(id)) throw fail(`expected a ${spec.type} id or mention`);
      return id;
    }
    case 'attachment':
      if (typeof raw === 'object') return raw;
      throw fail('expected a file');
    case 'string': {
      const value = String(raw).trim();
      if (value.length < (spec.min ?? 1)) throw fail(value.length === 0 ? 'must not be empty' : `must be at least ${spec.min} characters`);
      if (spec.max !== undefined && value.length > spec.max) throw fail(`must be at most ${spec.max} characters`);
      if (spec.choices && !spec.choices.some((choice) => choice.value === value)) {
        throw fail(`must be one of ${spec.choices.map((choice) => choice.value).join(', ')}`);
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
    if (!spec) {
      const known = Object.keys(specs);
      throw new UserError(t.badOption(name, known.length ? `unknown; this command takes ${known.join(', ')}` : 'unknown; this command takes no options'));
    }
    options[name] = coerce(name, spec, value, t);
  }
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.required && options[name] === undefined) throw new UserError(t.badOption(name, 'is required'));
  }
  return options;
}
