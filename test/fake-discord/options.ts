// Turns a plain `{ name: value }` record into the `data.options` tree of an
// interaction (typed values, subcommand nesting, attachments in `resolved`).
import { ApplicationCommandOptionType } from 'discord.js';
import type { FileHost } from './files.ts';
import { snowflake } from './ids.ts';
import type { FakeAttachment } from './messages.ts';

/** An attachment option; with `body` (and no `url`) the fake hosts the file itself. */
export interface AttachmentValue {
  attachment: { filename: string; contentType?: string; body?: string | Buffer; url?: string; size?: number };
}

/** A raw option for types without shorthand (user, channel, role...). */
export interface RawOptionValue {
  type: ApplicationCommandOptionType;
  value: string | number | boolean;
}

/** string -> STRING, integer -> INTEGER, other number -> NUMBER, boolean -> BOOLEAN. */
export type OptionValue = string | number | boolean | AttachmentValue | RawOptionValue;

interface ResolvedAttachment extends FakeAttachment {
  ephemeral: boolean;
}

export interface ResolvedData {
  attachments: Record<string, ResolvedAttachment>;
}

interface DataOption {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
  focused?: boolean;
  options?: DataOption[];
}

export function buildOptions(
  files: FileHost,
  values: Record<string, OptionValue>,
  subcommand?: string,
  subcommandGroup?: string,
  focused?: DataOption,
): { options: DataOption[]; resolved?: ResolvedData } {
  const resolved: ResolvedData = { attachments: {} };
  let options = Object.entries(values).map(([name, value]) => toOption(files, resolved, name, value));
  if (focused) options.push(focused);
  if (subcommand) options = [{ name: subcommand, type: ApplicationCommandOptionType.Subcommand, options }];
  if (subcommandGroup)
    options = [{ name: subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options }];
  const hasAttachments = Object.keys(resolved.attachments).length > 0;
  return hasAttachments ? { options, resolved } : { options };
}

function toOption(files: FileHost, resolved: ResolvedData, name: string, value: OptionValue): DataOption {
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value };
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  if (typeof value === 'number') {
    const type = Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
    return { name, type, value };
  }
  if ('attachment' in value) {
    const attachment = resolveAttachment(files, value);
    resolved.attachments[attachment.id] = attachment;
    return { name, type: ApplicationCommandOptionType.Attachment, value: attachment.id };
  }
  return { name, type: value.type, value: value.value };
}

function resolveAttachment(files: FileHost, { attachment }: AttachmentValue): ResolvedAttachment {
  const id = snowflake();
  const contentType = attachment.contentType ?? 'application/octet-stream';
  const body = attachment.body === undefined ? undefined : Buffer.from(attachment.body);
  const url =
    attachment.url ?? files.serve(`ephemeral-attachments/${id}/${attachment.filename}`, body ?? '', contentType);
  return {
    id,
    filename: attachment.filename,
    size: attachment.size ?? body?.length ?? 0,
    url,
    proxy_url: url,
    content_type: contentType,
    ephemeral: true,
  };
}
