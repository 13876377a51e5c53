import { normalizeHeaderText } from './concepts';

export interface StatusVocabulary {
  doneStatuses: readonly string[];
  rejectedStatuses: readonly string[];
}

export interface StatusReading {
  /** The status says done (已办结 …). */
  done: boolean;
  /** The status says the result falls short (退回 …): not done, whatever else the row says. */
  rejected: boolean;
}

// Qualifiers that may stand before a done word without changing it: 已按时完成, 逾期办结.
const DONE_QUALIFIERS = ['已经', '已', '均已', '全部', '按时', '按期', '如期', '提前', '逾期'];
// A done word must end there or be followed by punctuation: '完成50%' and '完成进度' are not done.
const WORD_END = /^[,.;:!?()[\]、。，；：！？（）【】\-—\s]/;
// Negations: 未退回 is not a rejection.
const NEGATIONS = '未没不无非';

/** The text without one leading qualifier, or null when it starts with none. */
function stripQualifier(text: string): string | null {
  for (const q of DONE_QUALIFIERS) if (text.startsWith(q) && text.length > q.length) return text.slice(q.length);
  return null;
}

function startsWithWord(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (text.startsWith(word) && (text.length === word.length || WORD_END.test(text.charAt(word.length)))) return true;
  }
  return false;
}

/**
 * What a status cell says (SPEC §1 Done). Done = the text is a done word ('已办结'), maybe after a
 * neutral qualifier ('逾期办结') and before punctuation ('已完成（3月30日）'); never '未完成'.
 * Rejected = it contains a rejection word (退回, 不合格 …) not negated; rejected wins over done.
 *
 * @example
 * classifyStatus('已按时完成', XIANGYIN_2020.ledger) // → { done: true, rejected: false }
 * classifyStatus('完成50%', XIANGYIN_2020.ledger) // → { done: false, rejected: false }
 * classifyStatus('已完成，验收不合格', XIANGYIN_2020.ledger) // → { done: false, rejected: true }
 */
export function classifyStatus(status: string | null, vocabulary: StatusVocabulary): StatusReading {
  if (status === null) return { done: false, rejected: false };
  const text = normalizeHeaderText(status);
  let rejected = false;
  for (const word of vocabulary.rejectedStatuses) {
    for (let at = text.indexOf(word); at >= 0 && !rejected; at = text.indexOf(word, at + 1)) {
      rejected = at === 0 || !NEGATIONS.includes(text[at - 1]);
    }
    if (rejected) break;
  }
  if (rejected) return { done: false, rejected: true };
  // Try the text as written, then without each leading qualifier in turn ('已按时完成' → '按时完成'
  // → '完成'), so a done word that itself begins with 已 is still found.
  for (let t: string | null = text; t !== null; t = stripQualifier(t)) {
    if (startsWithWord(t, vocabulary.doneStatuses)) return { done: true, rejected: false };
  }
  return { done: false, rejected: false };
}
