/**
 * The options /developments and /digest both filter developments by: one definition, so the two
 * commands word them alike in every language (both autocomplete from the developments present).
 */
export const DEVELOPMENT_FILTERS = {
  country: {
    type: 'string',
    autocomplete: true,
    max: 100,
  },
  topic: {
    type: 'string',
    autocomplete: true,
    max: 100,
  },
} as const;
