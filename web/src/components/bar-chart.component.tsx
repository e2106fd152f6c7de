// Horizontal bars in plain SVG. The figure carries its values as text (inside the SVG and
// in its accessible name), so nothing depends on seeing the bars.
import { useI18n } from '../i18n/language.context.tsx';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

const ROW = 26;
const LABEL_W = 220;
const BAR_W = 260;

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  const summary = bars.map((b) => `${b.label}: ${number(b.value)}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p>{t('chartEmpty')}</p>
      ) : (
        <svg viewBox={`0 0 ${LABEL_W + BAR_W + 70} ${height}`} width={LABEL_W + BAR_W + 70} className="chart-svg" role="img" aria-label={`${title}: ${summary}`}>
          {bars.map((b, i) => {
            const w = Math.max(2, (b.value / max) * BAR_W);
            const y = i * ROW + 2;
            return (
              <g key={`${b.label}-${i}`}>
                <text x={LABEL_W - 8} y={y + 16} textAnchor="end" className="chart-label">
                  {b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label}
                </text>
                <rect x={LABEL_W} y={y + 3} width={w} height={ROW - 8} fill={b.colour ?? '#1f5f99'} rx="2" />
                <text x={LABEL_W + w + 6} y={y + 16} className="chart-value">{number(b.value)}</text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
