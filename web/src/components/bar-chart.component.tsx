// Horizontal bars as a list: each row reads "label: value" as text, at the page's text size
// whatever the column's width (a long label ends in an ellipsis, whole in its tooltip); the
// bars themselves are decoration, so nothing depends on seeing them.
import { useI18n } from '../i18n/language.context.tsx';

export interface Bar {
  label: string;
  value: number;
  colour?: string;
}

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t, number } = useI18n();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p>{t('chartEmpty')}</p>
      ) : (
        <ul className="bar-chart">
          {bars.map((b, i) => (
            <li key={`${b.label}-${i}`}>
              <span className="bar-label" title={b.label}>{b.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar" style={{ width: `${(b.value / max) * 100}%`, background: b.colour ?? '#1f5f99' }} />
              </span>
              <span className="bar-value"><span className="visually-hidden">: </span>{number(b.value)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
