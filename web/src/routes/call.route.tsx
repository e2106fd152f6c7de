// One call for input: what it asks, the public submission form anyone may use (the
// submitter's identity stays confidential unless they choose otherwise), and for
// coordinators the submissions to approve or reject and the button closing the call.
import type { ModerationDecision } from '../../../contracts/tracking.ts';
import { api } from '../api/client.ts';
import { tracking, type Call, type Submission } from '../api/tracking.ts';
import { formText } from '../components/form-fields.ts';
import { FormFeedback } from '../components/form-feedback.component.tsx';
import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { Status } from '../components/status.component.tsx';
import { useApi } from '../components/use-api.hook.ts';
import { useSubmit } from '../components/use-submit.hook.ts';
import { submitterLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';

const SUBMISSION_STATE = { pending: 'submissionPending', approved: 'submissionApproved', rejected: 'submissionRejected' } as const;

function SubmissionForm({ call }: { call: Call }) {
  const { t } = useI18n();
  const state = useSubmit();
  const submit = state.onSubmit((form) => {
    const name = formText(form, 'name');
    const email = formText(form, 'email');
    return tracking.submit(call.id, { text: formText(form, 'text'), identityConfidential: form.get('public') !== 'on', ...(name ? { name } : {}), ...(email ? { email } : {}) });
  });
  return (
    <form className="stack form-panel" aria-labelledby="submit-h" onSubmit={(e) => void submit(e)}>
      <h2 id="submit-h">{t('submissionTitle')}</h2>
      <p className="help">{t('submissionHelp')}</p>
      <label>
        {t('submissionText')}
        <textarea name="text" rows={8} required />
      </label>
      <label>
        {t('submissionName')}
        <input name="name" type="text" autoComplete="name" maxLength={300} />
      </label>
      <label>
        {t('submissionEmail')}
        <input name="email" type="email" autoComplete="email" maxLength={320} />
      </label>
      <label className="inline">
        <input type="checkbox" name="public" /> {t('submissionPublicIdentity')}
      </label>
      <button type="submit" disabled={state.busy}>{t('submissionSend')}</button>
      <FormFeedback state={state} doneText={t('submissionSent')} />
    </form>
  );
}

function SubmissionItem({ s, moderate, onDecided }: { s: Submission; moderate: boolean; onDecided: () => void }) {
  const { t, date } = useI18n();
  const state = useSubmit();
  const decide = (decision: ModerationDecision) => void state.run(() => tracking.moderateSubmission(s.id, decision)).then((ok) => ok && onDecided());
  return (
    <li className="assessment" data-testid="submission" data-state={s.state}>
      <p className="meta">
        {submitterLabel(t, s)} · {date(s.createdAt)} · {t(SUBMISSION_STATE[s.state])}
      </p>
      <p className="pre">{s.text}</p>
      {moderate && s.state === 'pending' && (
        <div className="row">
          <button type="button" disabled={state.busy} onClick={() => decide('approve')}>{t('moderationApprove')}</button>
          <button type="button" className="secondary" disabled={state.busy} onClick={() => decide('reject')}>{t('moderationReject')}</button>
        </div>
      )}
      <FormFeedback state={state} doneText={t('moderationDone')} />
    </li>
  );
}

function Submissions({ callId }: { callId: string }) {
  const { t } = useI18n();
  const { may } = useSession();
  const loaded = useApi(() => tracking.submissions(callId), `submissions-${callId}`);
  return (
    <section aria-labelledby="submissions-h">
      <h2 id="submissions-h">{t('submissionsTitle')}</h2>
      <Status loaded={loaded}>
        {(items) => items.length === 0 ? <p>{t('none')}</p> : (
          <ul className="plain">{items.map((s) => <SubmissionItem key={s.id} s={s} moderate={may('submission.moderate')} onDecided={loaded.reload} />)}</ul>
        )}
      </Status>
    </section>
  );
}

export function CallRoute({ id }: { id: string }) {
  const { t, date } = useI18n();
  const { user, may } = useSession();
  const loaded = useApi(async () => {
    const [call, benchmarks] = await Promise.all([tracking.call(id), api.benchmarks()]);
    return { ...call, benchmarkNames: new Map(benchmarks.items.map((b) => [b.id, `${b.code ?? b.number ?? ''} ${b.title}`.trim()])) };
  }, id);
  const closing = useSubmit();
  return (
    <Layout title={loaded.data?.title ?? t('loading')}>
      <Status loaded={loaded}>
        {(c) => (
          <div className="record">
            <p className="meta">{c.status === 'open' ? t('callOpenUntil', { date: date(c.deadline) }) : t('callClosed')}</p>
            {c.description && <p className="pre">{c.description}</p>}
            {c.benchmarkIds.length > 0 && (
              <p>
                {t('callOn')}{' '}
                {c.benchmarkIds.map((b, i) => <span key={b}>{i > 0 ? ' · ' : ''}<Link to={`/benchmarks/${b}`}>{c.benchmarkNames.get(b) ?? b}</Link></span>)}
              </p>
            )}
            {c.status === 'open' && <SubmissionForm call={c} />}
            {may('call.manage') && c.status === 'open' && (
              <p>
                <button type="button" className="secondary" disabled={closing.busy} onClick={() => void closing.run(() => tracking.closeCall(c.id, c.version)).then((ok) => ok && loaded.reload())}>
                  {t('callClose')}
                </button>
              </p>
            )}
            <FormFeedback state={closing} doneText={t('callClosed')} />
            {user && <Submissions callId={c.id} />}
            <p><Link to="/calls">{t('callsAll')}</Link></p>
          </div>
        )}
      </Status>
    </Layout>
  );
}
