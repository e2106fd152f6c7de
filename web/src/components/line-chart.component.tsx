// An indicator's values over time, in plain SVG, with the values listed as text too.
import type { IndicatorView } from '../../../contracts/records.ts';
import { useI18n } from '../i18n/language.context.tsx';

const W = 420;
const H = 140;
const PAD = 30;

export function LineChart({ indicator }: { indicator: IndicatorView }) {
  const { t, number, date } = useI18n();
  const values = indicator.values;
  const title = t('chartIndicator', { name: indicator.name });
  if (values.length === 0) return <p>{title}: {t('chartEmpty')}</p>;
  const ys = values.map((v) => v.value).concat(indicator.target ?? [], indicator.baseline ?? []);
  const min = Math.min(...ys);
  const max = Math.max(...ys);
  const x = (i: number) => PAD + (values.length === 1 ? (W - 2 * PAD) / 2 : (i / (values.length - 1)) * (W - 2 * PAD));
  const y = (v: number) => H - PAD - (max === min ? 0.5 : (v - min) / (max - min)) * (H - 2 * PAD);
  const points = values.map((v, i) => `${x(i)},${y(v.value)}`).join(' ');
  const summary = values.map((v) => `${date(v.observedOn)}: ${number(v.value)}${indicator.unit ? ` ${indicator.unit}` : ''}`).join('; ');
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={`${title}: ${summary}`}>
        {indicator.target !== null && <line x1={PAD} x2={W - PAD} y1={y(indicator.target)} y2={y(indicator.target)} stroke="#1a7f37" strokeDasharray="4 4" />}
        <polyline points={points} fill="none" stroke="#1f5f99" strokeWidth="2" />
        {values.map((v, i) => (
          <g key={`${v.observedOn}-${i}`}>
            <circle cx={x(i)} cy={y(v.value)} r="4" fill="#1f5f99" />
            <text x={x(i)} y={y(v.value) - 8} textAnchor="middle" className="chart-value">{number(v.value)}</text>
          </g>
        ))}
      </svg>
      <p className="chart-note">
        {indicator.baseline !== null && t('indicatorBaseline', { value: indicator.baseline })}
        {indicator.baseline !== null && indicator.target !== null && ' · '}
        {indicator.target !== null && t('indicatorTarget', { value: indicator.target })}
      </p>
    </figure>
  );
}
