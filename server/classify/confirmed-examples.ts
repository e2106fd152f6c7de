// Reads the confirmed tags exported by `landmark classify export-confirmed` (JSON Lines of
// {"text", "labels", "rejected"}) as training examples for the UPR Info model. Labels the
// model does not know are dropped; lines left without a label are skipped.
import { z } from 'zod';
import type { LabelledText } from './multilabel.trainer.ts';

const Line = z.object({ text: z.string(), labels: z.array(z.string()), rejected: z.array(z.string()).optional() });

/**
 * The examples of the file, in group 0 so that they always sit in the part the model is
 * fitted on (the latest sessions are held out for tuning). Throws naming the first bad line.
 */
export function parseConfirmedExamples(input: string, knownLabels: readonly string[], file = 'confirmed tags'): LabelledText[] {
  const known = new Set(knownLabels);
  const out: LabelledText[] = [];
  input.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}, line ${k + 1}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
    const parsed = Line.safeParse(value);
    if (!parsed.success) throw new Error(`${file}, line ${k + 1}: expected {"text": …, "labels": […]}`);
    const labels = [...new Set(parsed.data.labels.filter((l) => known.has(l)))];
    if (parsed.data.text.trim() === '' || labels.length === 0) return;
    out.push({ text: parsed.data.text, labels, group: 0 });
  });
  return out;
}
