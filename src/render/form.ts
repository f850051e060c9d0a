/**
 * Form -> the data of Discord's modal callback: each field a label (type 18) holding a string
 * select (a choice) or a paragraph text input, within Discord's limits (title and labels 45
 * characters, 25 options, custom ids 100).
 */
import {
  ComponentType,
  TextInputStyle,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import type { Form, FormField } from '../answers/reply.ts';
import { LIMITS } from './limits.ts';
import { truncate } from '../util/markdown.ts';

const LABEL = 45;
const OPTIONS = 25;

function fieldOf(field: FormField): APILabelComponent {
  const label = truncate(field.label, LABEL);
  if (field.choices) {
    return {
      type: ComponentType.Label,
      label,
      component: {
        type: ComponentType.StringSelect,
        custom_id: field.id,
        options: field.choices.slice(0, OPTIONS).map((choice) => ({ value: choice.value, label: choice.label })),
        min_values: field.required === false ? 0 : 1,
        max_values: 1,
        required: field.required !== false,
      },
    };
  }
  return {
    type: ComponentType.Label,
    label,
    component: {
      type: ComponentType.TextInput,
      custom_id: field.id,
      style: TextInputStyle.Paragraph,
      required: field.required === true,
      ...(field.maxLength ? { max_length: field.maxLength } : {}),
    },
  };
}

export function toDiscordModal(form: Form): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.customId.slice(0, LIMITS.customId),
    title: truncate(form.title, LABEL),
    components: form.fields.map(fieldOf),
  };
}
