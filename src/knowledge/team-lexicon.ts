/**
 * The team's own lexicon: moderators extend the built-in one without a release by writing
 * `lexicon.yaml` into DATA_DIR (the same shape as src/analysis/lexicon/*.yaml; a concept
 * with an id we ship adds words to it, a new id is a new concept), then reloading the documents.
 * A file that cannot be used is a warning naming it and what is wrong; the built-in lexicon stays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadWarning } from '../corpus/types.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { builtInLexicon, extendedLexicon, LexiconError } from '../analysis/lexicon.ts';

export const TEAM_LEXICON = 'lexicon.yaml';

/** Give `kb` the team's lexicon from `dataDir`, if there is one; a warning when it cannot be used. */
export function applyTeamLexicon(kb: KnowledgeBase, dataDir: string): LoadWarning | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, TEAM_LEXICON), 'utf8');
  } catch {
    // No file: the built-in lexicon, read now rather than on the first question (it takes most of
    // a second, which a question asked while a document is parsed should not wait for).
    kb.lexicon = builtInLexicon();
    return undefined;
  }
  try {
    kb.lexicon = extendedLexicon(text, TEAM_LEXICON);
    return undefined;
  } catch (error) {
    kb.lexicon = builtInLexicon();
    const detail = error instanceof LexiconError ? error.detail : String(error);
    return { file: join(dataDir, TEAM_LEXICON), reason: { code: 'bad-lexicon', detail } };
  }
}
