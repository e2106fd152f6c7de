// The benchmark sections of a Special Rapporteur report: the lettered sub-headings (A–T)
// of the part whose heading says "Benchmarks".
import type { Heading, Para } from '../text/paragraphs.ts';

export interface BenchmarkSection {
  code: string;
  heading: Heading;
}

/** Lettered sections under a `Benchmarks` part, in order, one per benchmark. */
export function benchmarkSections(paras: readonly Para[]): BenchmarkSection[] {
  const seen = new Set<Heading>();
  const out: BenchmarkSection[] = [];
  for (const p of paras) {
    const sub = p.sub;
    if (!sub?.label || !p.part || !/benchmark/i.test(p.part.text) || seen.has(sub)) continue;
    seen.add(sub);
    out.push({ code: sub.label, heading: sub });
  }
  return out;
}

/** The mandate as a short body name: `SR Cambodia`, `SR right to food`. */
export function mandateBody(text: string): string | null {
  const m = /Special Rapporteur on the (?:situation of human rights in ([A-Z][A-Za-z' -]+?)|([a-z][a-z ,'-]+?))(?=[,.;:)\n*]| and | for | to | is | has )/.exec(text);
  if (!m) return null;
  return `SR ${(m[1] ?? m[2] ?? '').trim()}`;
}
