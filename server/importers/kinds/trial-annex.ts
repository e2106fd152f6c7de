// A table of trials as monitors print them: a header with the verdict date, the charge and
// the judgment; a heading row (`Trial of 51 CNRP supporters…`, other cells empty) before
// each trial's row. Yields each trial with its court, date, charges, Criminal Code
// articles, judgment and number of defendants.
import type { ExtractedTrial } from '../../../contracts/extract.ts';
import { cleanText } from '../text/clean.ts';
import { parseDateShortYear } from '../text/dates.ts';
import { wordNumber } from '../text/numbers.ts';
import { column, type Table } from '../text/tables.ts';

/** True when a table lists trials: a verdict (or date) column, a charge column and a judgment column. */
export function isTrialTable(table: Table): boolean {
  return column(table, /verdict|date/i) >= 0 && column(table, /charge/i) >= 0 && column(table, /judge?ment|sentence/i) >= 0;
}

const NUMBER_WORD = '(\\d{1,4}|[a-z]+(?:-[a-z]+)?)';

function numberOf(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  return wordNumber(token);
}

/** People a heading counts (`20 former members … and one official` → 21), or null when it counts none. */
function countInHeading(title: string): number | null {
  let total = 0;
  let counted = false;
  for (const m of title.matchAll(new RegExp(`\\b${NUMBER_WORD}(?=\\s+(?:former\\s+|other\\s+)?[a-z])`, 'gi'))) {
    const n = numberOf(m[1]!.toLowerCase());
    if (n === null || n >= 1900) continue;
    total += n;
    counted = true;
  }
  return counted ? total : null;
}

/** Defendants a judgment counts group by group (`12 defendants …, 20 defendants …`), or null. */
function countInJudgment(judgment: string): number | null {
  const counts = [...judgment.matchAll(new RegExp(`\\b${NUMBER_WORD}\\s+(?:other\\s+)?(?:defendants?|accused)\\b`, 'gi'))]
    .map((m) => numberOf(m[1]!.toLowerCase()))
    .filter((n): n is number => n !== null);
  return counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : null;
}

/** Article numbers of `articles 453, 471, 494 and 495 of the Criminal Code`, in order, once each. */
export function criminalCodeArticles(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\barticles?\s+((?:\d+[A-Za-z]?(?:\s*,\s*|\s+and\s+|\s*)?)+)\s+of\s+the\s+(?:Criminal|Penal)\s+Code/gi)) {
    for (const n of m[1]!.match(/\d+[A-Za-z]?/g) ?? []) if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** The court a caption or heading names (`… in Phnom Penh Municipal Court`). */
function courtIn(text: string | null): string | null {
  const m = text ? /((?:[A-Z][\w'-]*\s+)*Court(?:\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)*)/.exec(text) : null;
  return m ? m[1]!.trim() : null;
}

export interface AnnexTrial {
  trial: ExtractedTrial;
  /** Source line of the trial's row. */
  line: number;
}

/** The trials of a table, in order. */
export function annexTrials(table: Table): AnnexTrial[] {
  const dateCol = column(table, /verdict|date/i);
  const chargeCol = column(table, /charge/i);
  const judgmentCol = column(table, /judge?ment|sentence/i);
  const annex = table.part ? table.part.replace(/^Annex/i, 'annex') : 'table';
  const out: AnnexTrial[] = [];
  let heading: string | null = null;
  for (const row of table.rows) {
    const cells = row.cells.map(cleanText);
    const filled = cells.filter((c) => c !== '');
    const verdictDate = parseDateShortYear(cells[dateCol] ?? '');
    if (!verdictDate) {
      if (filled.length === 1) heading = filled[0]!;
      continue;
    }
    const charges = (cells[chargeCol] ?? '').replace(/\.$/, '').trim();
    const judgment = cells[judgmentCol] ?? '';
    const trial: ExtractedTrial = {
      title: heading,
      court: courtIn(heading) ?? courtIn(table.caption),
      verdictDate,
      charges,
      articles: criminalCodeArticles(`${charges} ${judgment}`),
      judgment,
      defendants: (heading ? countInHeading(heading) : null) ?? countInJudgment(judgment),
      inAbsentia: /\bin\s+absentia\b/i.test(judgment),
      paragraph: `${annex}, trial ${out.length + 1}`,
      benchmarks: [],
    };
    out.push({ trial, line: row.line });
    heading = null;
  }
  return out;
}

/** The annex row text a trial comes from, for its provenance paragraph. */
export function trialParagraphText(t: ExtractedTrial): string {
  return [t.title, t.verdictDate, t.charges, t.judgment].filter((x) => x).join(' | ');
}

/**
 * The trials of a document's trial tables, each linked to the benchmarks whose sections
 * refer to the annex it is listed in (`More details are contained in annex III`).
 */
export function documentTrials(tables: readonly Table[], sectionText: readonly { code: string; text: string }[]): AnnexTrial[] {
  return tables.filter(isTrialTable).flatMap((table) => {
    const annex = /^annex\s+([IVXLC]+|\d+)$/i.exec(table.part ?? '')?.[1];
    const mention = annex ? new RegExp(`\\bannex(?:es)?\\s+${annex}\\b`, 'i') : null;
    const codes = mention ? [...new Set(sectionText.filter((s) => mention.test(s.text)).map((s) => s.code))] : [];
    return annexTrials(table).map((a) => ({ ...a, trial: { ...a.trial, benchmarks: codes } }));
  });
}
