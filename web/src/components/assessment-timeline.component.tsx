// Assessments period by period, oldest first; within a period, every assessor side by
// side. Confidential evidence is marked; withheld items are counted, never shown.
import type { AssessmentView } from '../../../contracts/records.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { GradeBadge } from './grade-badge.component.tsx';
import { Link } from './link.component.tsx';

export function AssessmentTimeline({ assessments }: { assessments: AssessmentView[] }) {
  const { t, date } = useI18n();
  if (assessments.length === 0) return <p>{t('none')}</p>;
  const periods = [...new Map(assessments.map((a) => [a.period.id, a.period])).values()];
  return (
    <ol className="timeline">
      {periods.map((p) => (
        <li key={p.id}>
          <h3>{p.label} <span className="muted">({date(p.startsOn)} – {date(p.endsOn)})</span></h3>
          <div className="side-by-side">
            {assessments.filter((a) => a.period.id === p.id).map((a) => (
              <article key={a.id} className="assessment" data-grade={a.grade}>
                <h4>{a.assessor.name}</h4>
                <p><GradeBadge grade={a.grade} label={a.gradeLabel} colour={a.colour} /></p>
                {a.evidence.length > 0 && (
                  <details>
                    <summary>{t('evidence')} ({a.evidence.length})</summary>
                    <ul className="evidence">
                      {a.evidence.map((e, i) => (
                        <li key={i} className={e.confidential ? 'confidential' : undefined}>
                          {e.confidential && <strong className="tag">{t('confidential')}</strong>}{' '}
                          {e.kind === 'submission' && <span className="tag">{t('evidenceFromSubmission')}</span>}{' '}
                          {e.paragraphRef && e.document && (
                            <Link to={`/documents/${e.document.id}#p-${encodeURIComponent(e.paragraphRef)}`}>
                              {e.document.symbol ?? e.document.title} {t('paragraphShort', { ref: e.paragraphRef })}
                            </Link>
                          )}{' '}
                          {e.url && <a href={e.url} rel="noreferrer">{e.url}</a>}
                          <p>{e.text}</p>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {a.withheld > 0 && <p className="muted">{t('withheld', { count: a.withheld })}</p>}
              </article>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
