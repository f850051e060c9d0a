/** Words the answer toolkit puts into every answer: citations, paging, date hints. */
import { texts } from '../i18n/locale.ts';

const en = {
  source: 'Source',
  previous: '◀ Previous',
  next: 'Next ▶',
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  tooLong: 'shorten the query or add filters to page on',
  badDate: (value: string) =>
    `“${value}” is not a date I understand. Use 2026-02-06, 6.2.2026, 6 February 2026, 30d, last month or 2025.`,
};

const cs: typeof en = {
  source: 'Zdroj',
  previous: '◀ Předchozí',
  next: 'Další ▶',
  page: (n, of) => `Strana ${n} z ${of}`,
  tooLong: 'pro další strany zkraťte dotaz nebo přidejte filtry',
  badDate: (value) =>
    `„${value}“ není datum, kterému rozumím. Použijte 2026-02-06, 6. 2. 2026, 6. února 2026, 30d, minulý měsíc nebo 2025.`,
};

export const answerText = texts({ en, cs });
