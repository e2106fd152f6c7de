// Recording a grade of a benchmark or recommendation for a period: the grade, a narrative,
// and evidence items (a text, a link, a document paragraph or, for a benchmark, an approved
// contribution to a call for input on it), each of which may be marked confidential.
// Contributors' assessments wait for a coordinator's approval.
import { useState } from 'react';
import { SCALE_GRADES, type Scale } from '../../../contracts/enums.ts';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../contracts/tracking.ts';
import { tracking, type NewEvidence, type Submission } from '../api/tracking.ts';
import { codeLabel, submitterLabel } from '../i18n/labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { formText } from './form-fields.ts';
import { FormFeedback } from './form-feedback.component.tsx';
import { useSession } from './session.context.tsx';
import { useApi } from './use-api.hook.ts';
import { useSubmit } from './use-submit.hook.ts';

export interface DocumentOption {
  id: string;
  label: string;
}

const KIND_LABEL = { text: 'evidenceKindText', url: 'evidenceKindUrl', paragraph: 'evidenceKindParagraph', submission: 'evidenceKindSubmission' } as const;

interface EvidenceDraft {
  key: number;
  kind: EvidenceKind;
}

interface SubmissionOption {
  id: string;
  label: string;
}

const EXCERPT_CHARS = 80;

/** The approved submissions to calls for input on a benchmark, labelled by call, submitter (as the API tells this reader) and opening words. */
async function approvedSubmissions(benchmarkId: string, labelOf: (callTitle: string, submitter: string, text: string) => string, submitter: (s: Submission) => string): Promise<SubmissionOption[]> {
  const calls = (await tracking.calls()).filter((c) => c.benchmarkIds.includes(benchmarkId));
  const lists = await Promise.all(calls.map(async (c) => (await tracking.submissions(c.id))
    .filter((s) => s.state === 'approved')
    .map((s) => {
      const text = s.text.replace(/\s+/g, ' ').trim();
      return { id: s.id, label: labelOf(c.title, submitter(s), text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text) };
    })));
  return lists.flat();
}

export function AssessmentForm(props: { itemType: 'benchmark' | 'recommendation'; itemId: string; monitorId?: string; documents: DocumentOption[]; onRecorded: () => void }) {
  const { t } = useI18n();
  const { user, may } = useSession();
  const state = useSubmit();
  const periods = useApi(() => tracking.periods(props.monitorId), `periods-${props.monitorId ?? 'all'}`);
  const [items, setItems] = useState<EvidenceDraft[]>([]);
  const [next, setNext] = useState(1);
  const [pending, setPending] = useState(false);
  const scale: Scale = props.itemType === 'benchmark' ? 'sr-benchmark' : 'implementation';
  const needsAssessor = !user?.organisationId;
  const prefix = `assess-${props.itemId}`;
  // Contributions to calls are evidence of benchmarks; they are read (and, for cleared roles, their
  // identities audited) only once someone picks that kind.
  const kinds = EVIDENCE_KINDS.filter((k) => k !== 'submission' || (props.itemType === 'benchmark' && may('internal.read')));
  const wantsSubmissions = items.some((i) => i.kind === 'submission');
  const submissions = useApi(
    async () => (wantsSubmissions ? approvedSubmissions(props.itemId, (call, submitter, text) => t('evidenceSubmissionOption', { call, submitter, text }), (s) => submitterLabel(t, s)) : []),
    `submissions-${props.itemId}-${wantsSubmissions ? 'wanted' : 'none'}`,
  );

  const submit = state.onSubmit(async (form) => {
    const evidence: NewEvidence[] = items.map((item) => {
      const field = (name: string) => formText(form, `evidence-${item.key}-${name}`);
      const text = field('text');
      return {
        kind: item.kind,
        ...(text ? { text } : {}),
        ...(item.kind === 'url' ? { url: field('url') } : {}),
        ...(item.kind === 'paragraph' ? { documentId: field('document'), ...(field('paragraph') ? { paragraphRef: field('paragraph') } : {}) } : {}),
        ...(item.kind === 'submission' ? { submissionId: field('submission') } : {}),
        confidential: form.get(`evidence-${item.key}-confidential`) === 'on',
      };
    });
    const assessor = formText(form, 'assessor');
    const recorded = await tracking.recordAssessment({
      itemType: props.itemType,
      itemId: props.itemId,
      periodId: formText(form, 'period'),
      scale,
      grade: formText(form, 'grade'),
      narrative: formText(form, 'narrative'),
      evidence,
      ...(assessor ? { assessorName: assessor } : {}),
    });
    setPending(recorded.state === 'pending');
  }, () => {
    setItems([]);
    props.onRecorded();
  });

  return (
    <form className="stack form-panel" aria-labelledby={`${prefix}-h`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${prefix}-h`}>{t('assessTitle')}</h3>
      {user?.role === 'contributor' && <p className="help">{t('assessModerated')}</p>}
      <label>
        {t('assessPeriod')}
        <select name="period" required defaultValue="">
          <option value="" disabled>{t('choose')}</option>
          {(periods.data ?? []).map((p) => <option key={p.id} value={p.id}>{p.label} ({p.monitorName})</option>)}
        </select>
      </label>
      {needsAssessor && (
        <label>
          {t('assessAssessor')}
          <input name="assessor" type="text" required autoComplete="organization" />
        </label>
      )}
      <fieldset className="choices">
        <legend>{t('scorecardGrade')}</legend>
        {SCALE_GRADES[scale].map((g) => (
          <label key={g} className="inline">
            <input type="radio" name="grade" value={g} required /> {codeLabel(t, g)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('assessNarrative')}
        <textarea name="narrative" rows={4} />
      </label>
      {items.map((item, index) => {
        const name = (field: string) => `evidence-${item.key}-${field}`;
        return (
          <fieldset key={item.key} className="evidence-item" data-testid="evidence-item">
            <legend>{t('evidenceItem', { n: index + 1 })}</legend>
            <label>
              {t('evidenceKind')}
              <select value={item.kind} onChange={(e) => setItems(items.map((i) => (i.key === item.key ? { ...i, kind: e.target.value as EvidenceKind } : i)))}>
                {kinds.map((k) => <option key={k} value={k}>{t(KIND_LABEL[k])}</option>)}
              </select>
            </label>
            {item.kind === 'url' && (
              <label>
                {t('evidenceUrl')}
                <input name={name('url')} type="url" required />
              </label>
            )}
            {item.kind === 'paragraph' && (
              <>
                <label>
                  {t('facetDocument')}
                  <select name={name('document')} required defaultValue="">
                    <option value="" disabled>{t('choose')}</option>
                    {props.documents.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                  </select>
                </label>
                <label>
                  {t('evidenceParagraph')}
                  <input name={name('paragraph')} type="text" inputMode="numeric" />
                </label>
              </>
            )}
            {item.kind === 'submission' && (submissions.error ? <p role="alert" className="error">{t('errorLoading', { message: submissions.error.message })}</p>
              : !submissions.loading && submissions.data?.length === 0 ? <p className="help">{t('evidenceNoSubmission')}</p> : (
                <label>
                  {t('evidenceSubmission')}
                  <select name={name('submission')} required defaultValue="">
                    <option value="" disabled>{submissions.loading ? t('loading') : t('choose')}</option>
                    {(submissions.loading ? [] : submissions.data ?? []).map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                  </select>
                </label>
              ))}
            <label>
              {item.kind === 'text' ? t('evidenceText') : t('evidenceNote')}
              <textarea name={name('text')} rows={3} required={item.kind === 'text'} />
            </label>
            <label className="inline">
              <input type="checkbox" name={name('confidential')} /> {t('evidenceConfidential')}
            </label>
            <button type="button" className="secondary" onClick={() => setItems(items.filter((i) => i.key !== item.key))}>
              {t('evidenceRemove', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" className="secondary" onClick={() => { setItems([...items, { key: next, kind: 'text' }]); setNext(next + 1); }}>
          {t('evidenceAdd')}
        </button>
        <button type="submit" disabled={state.busy}>{t('assessSubmit')}</button>
      </div>
      <FormFeedback state={state} doneText={pending ? t('assessPending') : t('assessRecorded')} />
    </form>
  );
}
