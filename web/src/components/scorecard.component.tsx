// One monitor's scorecard for its latest period: grade per benchmark (colour and text),
// the grade before, the change, who assessed; then the totals and the changes.
import type { Scorecard } from '../../../contracts/dashboard.ts';
import { CHANGES } from '../../../contracts/dashboard.ts';
import { codeLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { GradeBadge } from './grade-badge.component.tsx';
import { Link } from './link.component.tsx';

export function ScorecardView({ card }: { card: Scorecard }) {
  const { t, number } = useI18n();
  const since = card.since
    ? card.since.document
      ? t('scorecardSinceDocument', { since: card.since.label, document: card.since.document })
      : t('scorecardSince', { since: card.since.label })
    : null;
  const titleId = `scorecard-${card.monitor.id}`;
  return (
    <section className="scorecard" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('scorecardTitle', { monitor: card.monitor.name, period: card.period.label })}</h2>
      <div className="totals" data-testid="scorecard-totals">
        <h3>{t('scorecardTotals', { period: card.period.label })}</h3>
        <ul className="total-list">
          {card.totals.map((g) => (
            <li key={g.grade} data-grade={g.grade}>
              <GradeBadge grade={g.grade} label={g.label} colour={g.colour} />: <strong>{number(g.count)}</strong>{' '}
              <span className="codes">({card.rows.filter((r) => r.grade === g.grade).map((r) => r.code ?? r.number).join(', ')})</span>
            </li>
          ))}
        </ul>
        {since && (
          <p data-testid="scorecard-since">
            <strong>{since}</strong>:{' '}
            {CHANGES.filter((c) => card.changes[c] > 0).map((c) => t('changeCount', { change: codeLabel(t, c), count: card.changes[c] })).join(' · ')}
          </p>
        )}
      </div>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('scorecardTitle', { monitor: card.monitor.name, period: card.period.label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecardBenchmark')}</th>
              <th scope="col">{t('scorecardGrade')}</th>
              <th scope="col">{t('scorecardPrevious')}</th>
              <th scope="col">{t('scorecardChange')}</th>
              <th scope="col">{t('scorecardAssessedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {card.rows.map((r) => (
              <tr key={r.benchmarkId} data-code={r.code ?? ''}>
                <th scope="row">
                  <Link to={`/benchmarks/${r.benchmarkId}`}>
                    <span className="code">{r.code ?? r.number}</span> {r.title}
                  </Link>
                </th>
                <td><GradeBadge grade={r.grade} label={r.label} colour={r.colour} /></td>
                <td>{r.previous ? <GradeBadge grade={r.previous.grade} label={r.previous.label} colour={r.previous.colour} /> : '—'}</td>
                <td>{codeLabel(t, r.change)}</td>
                <td>{r.assessors.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
