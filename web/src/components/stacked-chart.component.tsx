// Grades per period as stacked columns, in plain SVG, with a legend in text.
import type { GradeCount } from '../../../contracts/dashboard.ts';
import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

const COL_W = 56;
const GAP = 36;
const H = 160;

export function StackedChart({ title, periods }: { title: string; periods: { period: string; counts: GradeCount[] }[] }) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...periods.map((p) => p.counts.reduce((s, c) => s + c.count, 0)));
  const grades = new Map<string, GradeCount>();
  for (const p of periods) for (const c of p.counts) grades.set(c.grade, c);
  const legend = [...grades.values()].sort((a, b) => b.rank - a.rank);
  const summary = periods.map((p) => `${p.period}: ${p.counts.map((c) => `${codeLabel(t, c.grade, c.label)} ${number(c.count)}`).join(', ')}`).join('; ');
  const width = Math.max(200, periods.length * (COL_W + GAP) + GAP);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${H + 30}`} width={Math.min(width, 520)} role="img" aria-label={`${title}: ${summary}`}>
        {periods.map((p, i) => {
          let y = H;
          const x = GAP + i * (COL_W + GAP);
          return (
            <g key={p.period}>
              {[...p.counts].sort((a, b) => a.rank - b.rank).map((c) => {
                const h = (c.count / max) * (H - 10);
                y -= h;
                return (
                  <g key={c.grade}>
                    <rect x={x} y={y} width={COL_W} height={h} fill={c.colour} />
                    {h > 14 && <text x={x + COL_W / 2} y={y + h / 2 + 5} textAnchor="middle" className="chart-on-bar">{number(c.count)}</text>}
                  </g>
                );
              })}
              <text x={x + COL_W / 2} y={H + 20} textAnchor="middle" className="chart-label">{p.period}</text>
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {legend.map((g) => (
          <li key={g.grade}>
            <span className="grade-mark" style={{ background: g.colour }} aria-hidden="true" />
            {codeLabel(t, g.grade, g.label)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
