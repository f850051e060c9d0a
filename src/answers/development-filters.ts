/**
 * The options /developments and /digest both filter developments by: one definition, so the two
 * commands word them alike in every language (both autocomplete from the developments present).
 */
export const DEVELOPMENT_FILTERS = {
  country: {
    type: 'string',
    description: 'Only developments about this country',
    descriptionCs: 'Jen vývoj v této zemi',
    autocomplete: true,
    max: 100,
  },
  topic: {
    type: 'string',
    description: 'Only this thematic area',
    descriptionCs: 'Jen tato tematická oblast',
    autocomplete: true,
    max: 100,
  },
} as const;
