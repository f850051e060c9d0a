/**
 * A team answer: a moderator's reply to a question (in a hand-off thread, or any message saved with
 * "Save as answer") kept as a Markdown document of its own, so the index finds and cites it like
 * any other document, `/documents remove` removes it, and the documents' sync brings it to every
 * host (its bytes are in the state database, as every document added from Discord).
 */
import { createHash } from 'node:crypto';

export interface TeamAnswer {
  question: string;
  answer: string;
  /** Who answered (their name as the server shows it). */
  by: string;
  at: Date;
  /** Where the answer was written. */
  link?: string;
}

/** The document's title: what /search shows as the result's name. */
export const teamAnswerTitle = (question: string): string => `Team answer: ${question.replace(/\s+/g, ' ').trim()}`;

/** One file per question: a second answer to the same question replaces the first. */
export function teamAnswerFileName(question: string): string {
  const key = createHash('sha256').update(question.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
  return `team-answer-${key.slice(0, 12)}.md`;
}

/** The document: front matter (title, date, source link), then the question, the answer, who and when. */
export function teamAnswerDocument(answer: TeamAnswer): Uint8Array {
  const day = answer.at.toISOString().slice(0, 10);
  const front = [
    '---',
    `title: ${JSON.stringify(teamAnswerTitle(answer.question))}`,
    `date: ${day}`,
    ...(answer.link ? [`source: ${JSON.stringify(answer.link)}`] : []),
    '---',
  ];
  const body = [
    `# ${teamAnswerTitle(answer.question)}`,
    '',
    `**Question:** ${answer.question.trim()}`,
    '',
    answer.answer.trim(),
    '',
    `Answered by ${answer.by} on ${day}${answer.link ? ` (${answer.link})` : ''}.`,
    '',
  ];
  return new TextEncoder().encode([...front, '', ...body].join('\n'));
}
