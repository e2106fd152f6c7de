// The words for the enumerations of cases and trials, in the reader's language.
import type { CaseCategory, CaseEventKind, CaseFlagKind, CaseMeasure, CaseSex, CaseStatus, Verdict } from '../../../contracts/cases.ts';
import type { MessageKey } from './en.ts';
import type { Translate } from './language.context.tsx';

const CATEGORY: Record<CaseCategory, MessageKey> = {
  'human-rights-defender': 'categoryHumanRightsDefender',
  journalist: 'categoryJournalist',
  'political-activist': 'categoryPoliticalActivist',
  'trade-unionist': 'categoryTradeUnionist',
  'land-environmental-activist': 'categoryLandEnvironmentalActivist',
  'refugee-returnee': 'categoryRefugeeReturnee',
  other: 'categoryOther',
};
const SEX: Record<CaseSex, MessageKey> = { female: 'sexFemale', male: 'sexMale', other: 'sexOther', mixed: 'sexMixed', unknown: 'sexUnknown' };
const STATUS: Record<CaseStatus, MessageKey> = {
  'at-liberty': 'statusAtLiberty',
  'pretrial-detention': 'statusPretrialDetention',
  'serving-sentence': 'statusServingSentence',
  'held-after-acquittal': 'statusHeldAfterAcquittal',
  'convicted-at-liberty': 'statusConvictedAtLiberty',
  released: 'statusReleased',
};
const FLAG: Record<CaseFlagKind, MessageKey> = { 'pretrial-over-limit': 'flagPretrialOverLimit', 'sentence-served-not-released': 'flagSentenceServed', 'release-eligible': 'flagReleaseEligible' };
const EVENT: Record<CaseEventKind, MessageKey> = {
  arrest: 'eventArrest',
  summons: 'eventSummons',
  charge: 'eventCharge',
  'pretrial-detention-start': 'eventPretrialStart',
  'pretrial-detention-end': 'eventPretrialEnd',
  hearing: 'eventHearing',
  verdict: 'eventVerdict',
  sentence: 'eventSentence',
  appeal: 'eventAppeal',
  release: 'eventRelease',
  'judicial-supervision': 'eventJudicialSupervision',
};
const VERDICT: Record<Verdict, MessageKey> = { conviction: 'verdictConviction', acquittal: 'verdictAcquittal', 'in-absentia': 'verdictInAbsentia' };
const MEASURE: Record<CaseMeasure, MessageKey> = { detained: 'measureDetained', convicted: 'measureConvicted', released: 'measureReleased' };

export const categoryLabel = (t: Translate, c: CaseCategory): string => t(CATEGORY[c]);
export const sexLabel = (t: Translate, s: CaseSex): string => t(SEX[s]);
export const statusLabel = (t: Translate, s: CaseStatus): string => t(STATUS[s]);
export const flagLabel = (t: Translate, f: CaseFlagKind): string => t(FLAG[f]);
export const eventLabel = (t: Translate, k: CaseEventKind): string => t(EVENT[k]);
export const verdictLabel = (t: Translate, v: Verdict): string => t(VERDICT[v]);
export const measureLabel = (t: Translate, m: CaseMeasure): string => t(MEASURE[m]);
