// The follow-up part of the documented API: assessments and their moderation, actions,
// indicators, calls for input and their submissions, notifications, reports. The shapes
// mirror the response schemas of server/http/tracking.schema.ts.
import type { CaseCountDefinition } from '../../../contracts/cases.ts';
import type { Scale } from '../../../contracts/enums.ts';
import type { NotificationView } from '../../../contracts/notifications.ts';
import type { ReportKind } from '../../../contracts/report-requests.ts';
import type { ActionStatus, AssessableItem, AssessmentState, EvidenceKind, IndicatorKind, ModerationDecision, SubmissionState } from '../../../contracts/tracking.ts';
import { request } from './client.ts';

export interface Period {
  id: string;
  monitorId: string;
  monitorName: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface NewEvidence {
  kind: EvidenceKind;
  text?: string;
  url?: string;
  documentId?: string;
  paragraphRef?: string;
  /** For `submission`: an approved submission to a call for input. */
  submissionId?: string;
  confidential: boolean;
}

export interface NewAssessment {
  itemType: AssessableItem;
  itemId: string;
  periodId: string;
  assessorName?: string;
  scale: Scale;
  grade: string;
  narrative: string;
  evidence: NewEvidence[];
}

export interface Assessment {
  id: string;
  itemType: AssessableItem;
  recommendationId: string | null;
  benchmarkId: string | null;
  itemKey: string | null;
  periodLabel: string;
  assessorName: string;
  grade: string;
  gradeLabel: string;
  narrative: string;
  state: AssessmentState;
  createdAt: string;
  evidence: { id: string; kind: EvidenceKind; text: string; url: string | null; paragraphRef: string | null; confidential: boolean }[];
}

export interface Institution {
  id: string;
  name: string;
  acronym: string | null;
}

export interface Action {
  id: string;
  title: string;
  description: string;
  institutionId: string;
  startsOn: string | null;
  dueOn: string | null;
  status: ActionStatus;
  recommendationIds: string[];
  version: number;
  overdue: boolean;
  dueSoon: boolean;
}

export interface NewAction {
  title: string;
  description: string;
  institutionId: string;
  dueOn: string | null;
  status: ActionStatus;
  recommendationIds: string[];
}

export interface NewIndicator {
  name: string;
  kind: IndicatorKind;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  /** Set to count persons from the case register; its values are then computed at a date. */
  caseCount: CaseCountDefinition | null;
  benchmarkIds: string[];
  recommendationIds: string[];
}

export interface NewIndicatorValue {
  value: number;
  observedOn: string;
  sourceText: string;
}

export interface Call {
  id: string;
  title: string;
  description: string;
  deadline: string;
  status: 'open' | 'closed';
  benchmarkIds: string[];
  version: number;
}

export interface Submission {
  id: string;
  callId: string;
  submitterName: string | null;
  submitterEmail: string | null;
  identityConfidential: boolean;
  text: string;
  state: SubmissionState;
  createdAt: string;
}

export interface NewSubmission {
  name?: string;
  email?: string;
  text: string;
  identityConfidential: boolean;
}


const id = encodeURIComponent;

export const tracking = {
  periods: (monitorId?: string) => request<Period[]>('GET', `/api/periods${monitorId ? `?monitorId=${id(monitorId)}` : ''}`),
  recordAssessment: (body: NewAssessment) => request<Assessment>('POST', '/api/assessments', body),
  pendingAssessments: () => request<Assessment[]>('GET', '/api/assessments?state=pending'),
  /** One assessment; cleared roles get its confidential evidence too (the server audits that read). */
  assessment: (assessmentId: string) => request<Assessment>('GET', `/api/assessments/${id(assessmentId)}`),
  moderateAssessment: (assessmentId: string, decision: ModerationDecision) => request<{ id: string; state: string }>('POST', `/api/assessments/${id(assessmentId)}/moderation`, { decision }),
  institutions: () => request<Institution[]>('GET', '/api/institutions'),
  actions: (query: { recommendationId?: string; status?: ActionStatus; institutionId?: string } = {}) => {
    const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
    return request<Action[]>('GET', `/api/actions${q.size > 0 ? `?${q.toString()}` : ''}`);
  },
  action: (actionId: string) => request<Action>('GET', `/api/actions/${id(actionId)}`),
  createAction: (body: NewAction) => request<Action>('POST', '/api/actions', body),
  updateAction: (actionId: string, patch: { version: number; status?: ActionStatus; dueOn?: string | null }) => request<Action>('PATCH', `/api/actions/${id(actionId)}`, patch),
  createIndicator: (body: NewIndicator) => request<{ id: string }>('POST', '/api/indicators', body),
  recordIndicatorValue: (indicatorId: string, body: NewIndicatorValue) => request<{ id: string }>('POST', `/api/indicators/${id(indicatorId)}/values`, body),
  /** Records a case-count indicator's value on `on`, counted from the case register. */
  computeIndicatorValue: (indicatorId: string, on: string) => request<{ id: string }>('POST', `/api/indicators/${id(indicatorId)}/values/from-cases`, { on }),
  calls: () => request<Call[]>('GET', '/api/calls'),
  call: (callId: string) => request<Call>('GET', `/api/calls/${id(callId)}`),
  openCall: (body: { title: string; description: string; deadline: string; benchmarkIds: string[] }) => request<Call>('POST', '/api/calls', body),
  closeCall: (callId: string, version: number) => request<Call>('POST', `/api/calls/${id(callId)}/close`, { version }),
  submit: (callId: string, body: NewSubmission) => request<Submission>('POST', `/api/calls/${id(callId)}/submissions`, body),
  submissions: (callId: string) => request<Submission[]>('GET', `/api/calls/${id(callId)}/submissions`),
  moderateSubmission: (submissionId: string, decision: ModerationDecision) => request<{ id: string; state: string }>('POST', `/api/submissions/${id(submissionId)}/moderation`, { decision }),
  notifications: (unread = false) => request<NotificationView[]>('GET', `/api/notifications${unread ? '?unread=true' : ''}`),
  markRead: (notificationId: string) => request<null>('POST', `/api/notifications/${id(notificationId)}/read`),
  reportUrl: (kind: ReportKind, query: { format: string; lang: string }) => `/api/reports/${kind}?${new URLSearchParams(query).toString()}`,
};
