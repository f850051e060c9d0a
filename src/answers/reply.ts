/**
 * What a command answers, before any transport: cards, buttons, visibility. Text is
 * Discord Markdown with document text already escaped; render/ turns it into a message payload or
 * terminal text.
 */

export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Card {
  title?: string;
  url?: string;
  description?: string;
  fields?: Field[];
  footer?: string;
  color?: number;
}

export interface Button {
  label: string;
  /** A custom_id (at most 100 characters) routed back to the command, or a link. */
  customId?: string;
  url?: string;
  disabled?: boolean;
}

/** One field of a form: a choice among values (with their labels), or free text. */
export interface FormField {
  id: string;
  label: string;
  choices?: readonly { value: string; label: string }[];
  required?: boolean;
  /** Free text: at most this many characters, on several lines. */
  maxLength?: number;
}

/** A form the person fills in (a Discord modal); its submission comes back under `customId`. */
export interface Form {
  customId: string;
  title: string;
  fields: FormField[];
}

export interface Reply {
  content?: string;
  cards: Card[];
  buttons?: Button[];
  /** Only the person who asked sees it. */
  ephemeral?: boolean;
  /** A user the answer is pointed at: the only one the message may ping. */
  mentionUserId?: string;
  /** A role this message pings: the only role it can ping. */
  mentionRoleId?: string;
  /**
   * A plain line posted as a message of its own just before this one, carrying its mentions: a
   * push notification shows it, where a message of cards shows nothing (a digest's first message).
   */
  headline?: string;
  /** Further messages (a long digest, every page of a list for the terminal). */
  more?: Reply[];
  /** The documents hold no answer to the question asked ("not in the documents"): moderators see these. */
  unanswered?: boolean;
  /** Instead of a message, a form to fill in (only in answer to a button, before anything else is sent). */
  form?: Form;
  /** How well the documents answer it (0-1): the share of the question's words the best passage holds. */
  confidence?: number;
}

export const COLORS = { info: 0x2b6cb0, empty: 0x718096, error: 0xc53030, success: 0x2f855a } as const;
