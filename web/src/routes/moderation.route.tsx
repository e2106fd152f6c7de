// The coordinators' moderation queue: contributors' assessments waiting for approval, each
// read in full (GET /api/assessments/:id), confidential evidence included and marked, so the
// coordinator decides on everything that would be published. Approved ones appear on the
// record pages and in the public portal; rejected ones do not.
import type { ModerationDecision } from '../../../contracts/tracking.ts';
import { api } from '../api/client.ts';
import { tracking, type Assessment } from '../api/tracking.ts';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { GradeBadge } from '../components/grade-badge.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useSubmit } from '../components/use-submit.hook.ts';
import { useI18n } from '../i18n/language.context.tsx';

function ItemLink({ a, benchmarks }: { a: Assessment; benchmarks: Map<string, string> }) {
  const { t } = useI18n();
  if (a.benchmarkId) return <Link to={`/benchmarks/${a.benchmarkId}`}>{benchmarks.get(a.benchmarkId) ?? t('benchmarkTitle', { code: '' })}</Link>;
  if (a.recommendationId) return <Link to={`/recommendations/${a.recommendationId}`}>{t('moderationRecommendation')}</Link>;
  return <>{a.itemKey}</>;
}

function PendingAssessment({ a, benchmarks, onDecided }: { a: Assessment; benchmarks: Map<string, string>; onDecided: () => void }) {
  const { t, date } = useI18n();
  const state = useSubmit();
  const decide = (decision: ModerationDecision) => void state.run(() => tracking.moderateAssessment(a.id, decision)).then((ok) => ok && onDecided());
  const headingId = `pending-${a.id}`;
  return (
    <li className="assessment" aria-labelledby={headingId} data-testid="pending-assessment">
      <h3 id={headingId}><ItemLink a={a} benchmarks={benchmarks} /> · {a.periodLabel}</h3>
      <p>{t('moderationBy', { assessor: a.assessorName, date: date(a.createdAt) })}</p>
      <p><GradeBadge grade={a.grade} label={a.gradeLabel} colour="transparent" /></p>
      {a.narrative && <p>{a.narrative}</p>}
      {a.evidence.length > 0 && (
        <ul className="evidence">
          {a.evidence.map((e) => (
            <li key={e.id} className={e.confidential ? 'confidential' : undefined}>
              {e.confidential && <strong className="tag">{t('confidential')}</strong>}{' '}
              {e.kind === 'submission' && <span className="tag">{t('evidenceFromSubmission')}</span>}{' '}
              {e.url && <a href={e.url} rel="noreferrer">{e.url}</a>} {e.paragraphRef && t('paragraphShort', { ref: e.paragraphRef })} {e.text}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" disabled={state.busy} onClick={() => decide('approve')}>{t('moderationApprove')}</button>
        <button type="button" className="secondary" disabled={state.busy} onClick={() => decide('reject')}>{t('moderationReject')}</button>
      </div>
      <FormFeedback state={state} doneText={t('moderationDone')} />
    </li>
  );
}

export function ModerationRoute() {
  const { t } = useI18n();
  const { ready, may } = useSession();
  const allowed = may('assessment.moderate');
  const loaded = useApi(async () => {
    if (!allowed) return null;
    const [listed, benchmarks] = await Promise.all([tracking.pendingAssessments(), api.benchmarks()]);
    // Lists leave confidential evidence out; each assessment's own read carries it.
    const pending = await Promise.all(listed.map((a) => tracking.assessment(a.id)));
    return { pending, benchmarks: new Map(benchmarks.items.map((b) => [b.id, `${b.code ?? b.number ?? ''} ${b.title}`.trim()])) };
  }, `moderation-${String(allowed)}`);
  return (
    <Layout title={t('moderationTitle')}>
      {ready && !allowed ? <p>{t('moderationNeedsRole')}</p> : (
        <Status loaded={loaded}>
          {(d) => d === null ? null : d.pending.length === 0 ? <p>{t('moderationNone')}</p> : (
            <ul className="plain">
              {d.pending.map((a) => <PendingAssessment key={a.id} a={a} benchmarks={d.benchmarks} onDecided={loaded.reload} />)}
            </ul>
          )}
        </Status>
      )}
    </Layout>
  );
}
