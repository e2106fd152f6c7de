// Separates a UPR recommendation from the recommending States printed in parentheses and
// groups those lists into asks, as UPR Info counts them (one row per ask and State):
// `Ratify … (Spain) (Slovakia); Encourage … (Mexico)` is two asks; `Ratify A (Mexico,
// Peru), the B (Mexico)` names Mexico for two treaties; `That X take …; recommends that X
// consider … (Italy)` is two asks by Italy; `Accede to A (Chile) and its Optional Protocol
// (Chile)` or `Establish promptly (Peru) its planned (Chile) institution (Peru)` is one.
import { closeUnclosedLists, findParenGroups, isStateList, looksLikeStateList, splitKeeping, splitStateNames, type StateListTest } from './upr-states.helper.ts';

export interface RecommendationParts {
  /** The recommendation without its recommending States. */
  text: string;
  /** Each parenthetical list of States, as printed, in order of appearance. */
  stateLists: string[];
  /**
   * The lists grouped by ask. A State named twice in one ask counts once; named in two
   * asks (two clauses, two treaties), twice.
   */
  asks: string[][];
  /** Text printed after the last list of States that is not part of the recommendation. */
  trailer: string | null;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([;,.:])/g, '$1')
    .replace(/([;,])(?:\s*[;,])+/g, '$1')
    .replace(/[\s;,:]+$/, '')
    .trim();
}

/** Words after `and` that begin another object of the same verb, not another verb. */
const NOT_VERB = '(?!(?:the|a|an|its|their|his|her|all|other|of|in|on|for|with|by|at|to|any|such|as|further|also|that|those|these|this|more|non)\\b)[a-z]+';
/**
 * Text after a list of States that opens another ask: `, and accept …` or `and to compile
 * …` (a coordinate clause; a bare `and ratify …` goes on with the same ask), a new
 * sentence, `, Victims …`, or another object of the verb (`, the Convention …`, `and the
 * Optional Protocol …`; `and its Optional Protocol` is part of the instrument named).
 */
const OPENS_ASK = new RegExp(`^(?:,\\s*and\\s+(?:to\\s+)?${NOT_VERB}|,?\\s*and\\s+to\\s+${NOT_VERB}|\\.\\s*[A-Z]|\\/\\s*[A-Z])`);
const OTHER_OBJECT = /^(?:,\s*(?:and\s+|as well as\s+)?|(?:and|as well as)\s+)the\b(?!(?:\s+\w+)?\s+(?:[Oo]ptional\s+)?[Pp]rotocols?\s+thereto)|^,\s*[A-Z]/;
/** Where a run of text passes to another ask: `;` or a sentence that recommends again (`. It also recommended …`). */
const ASK_BREAK = /;\s*(?=(?:and\s+)?(?:recommends|encourages|urges|calls|expresses|invites|suggests)\b)|\.\s+(?=\S+\s+(?:also\s+|further\s+)?(?:recommend|encourag|urge|call)\w*\b)/y;
const ASK_BREAK_BETWEEN = /;\s*|\.\s+(?=[A-Z])/y;
/** A clause that qualifies the ask before it (`; as recommended by CEDAW`) rather than making one. */
const QUALIFIER = /^(?:as|in|with|by|including|inter alia|particularly|especially|notably|which|who|whose|where|while|for|of|on|at|from|through|under|within|without|such|namely|according|e\.g\.|i\.e\.)\b/i;

function isAsk(segment: string): boolean {
  const t = segment.replace(/^and\s+/i, '').trim();
  return /^\S+\s+\S+/.test(t) && !QUALIFIER.test(t) && /[A-Za-z]/.test(t);
}

function names(list: string): string[] {
  return splitStateNames(list).map((n) => n.replace(/^the\s+/i, '').toLowerCase());
}

/**
 * A list that names again every State of the lists before it: the wordings of several
 * States merged into one recommendation (`Consider ratifying (Chile), consider acceding to
 * (Peru), the Convention … (Chile, Peru)`), each State having made one.
 */
function summarises(lists: readonly string[], i: number): boolean {
  const own = new Set(names(lists[i]!));
  return i > 0 && own.size > 1 && lists.slice(0, i).every((l) => names(l).every((n) => own.has(n)));
}

/** Groups the lists of States of a recommendation by ask (see RecommendationParts.asks). */
function groupAsks(source: string, groups: readonly { start: number; end: number }[], lists: readonly string[]): string[][] {
  const asks: string[][] = [];
  // `Consider ratifying (Chile)/ratify (Peru) A (Chile), the B (Peru)`: merged wordings too.
  const merged = /\)\s*\/|\/\s*\(/.test(source);
  groups.forEach((g, i) => {
    const list = lists[i]!;
    if (summarises(lists, i)) {
      asks.splice(0, asks.length, [...lists.slice(0, i + 1)]);
      return;
    }
    if (i === 0) {
      const count = splitKeeping(source.slice(0, g.start), ASK_BREAK).filter(isAsk).length;
      for (let k = 0; k < Math.max(1, count); k++) asks.push([list]);
      return;
    }
    const [first = '', ...rest] = splitKeeping(source.slice(groups[i - 1]!.end, g.start), ASK_BREAK_BETWEEN);
    // `Sign (Germany), and ratify (Germany, Spain) the …`: a list inside one verb phrase.
    const lead = source.slice(i === 1 ? 0 : groups[i - 2]!.end, groups[i - 1]!.start);
    const verbOnly = lead.trim().split(/\s+/).length < 3 && /^,?\s*and\b/.test(first);
    let placed = false;
    if (first !== '' && (OPENS_ASK.test(first) || (OTHER_OBJECT.test(first) && !merged)) && !verbOnly) {
      asks.push([list]);
      placed = true;
    } else if (first !== '' || rest.length === 0) {
      asks.at(-1)!.push(list);
      placed = true;
    }
    for (const segment of rest) {
      if (!isAsk(segment)) continue;
      asks.push([list]);
      placed = true;
    }
    if (!placed) asks.at(-1)!.push(list);
  });
  return asks;
}

/**
 * Splits a recommendation body into its text and its lists of recommending States. A
 * sentence printed after the last list (a remark of the secretariat run into the item) is
 * returned as `trailer`, not as part of the text.
 */
export function splitRecommendation(body: string, test: StateListTest = isStateList): RecommendationParts {
  const source = closeUnclosedLists(body.replace(/\s+/g, ' ').trim());
  // The list closing the recommendation is taken when it merely looks like States (a
  // misspelling); one inside the text must name a known State.
  const closing = /\)[\s.;,]*$/.test(source);
  const all = findParenGroups(source);
  const groups = all.filter((g, i) => test(g.content) || (closing && i === all.length - 1 && looksLikeStateList(g.content)));
  if (groups.length === 0) return { text: tidy(source.replace(/[.;]+$/, '')), stateLists: [], asks: [], trailer: null };
  const lastEnd = groups.at(-1)!.end;
  const after = source.slice(lastEnd).trim();
  let trailer: string | null = null;
  let keptAfter = after;
  // `(Nigeria). With respect to special procedures, …`: a new sentence after the last list.
  const sentence = /^[.;]\s+([A-Z].*)$/.exec(after);
  if (sentence) {
    trailer = sentence[1]!;
    keptAfter = '';
  }
  let text = '';
  let cursor = 0;
  for (const g of groups) {
    text += source.slice(cursor, g.start);
    cursor = g.end;
  }
  text += source.slice(cursor, lastEnd) + keptAfter;
  const lists = groups.map((g) => g.content.replace(/\s+/g, ' ').trim());
  return { text: tidy(text.replace(/[.;]+\s*$/, '')), stateLists: lists, asks: groupAsks(source, groups, lists), trailer };
}
