// Report downloads. Anonymous visitors get the public reports (published items only, no
// confidential evidence); signed-in readers get what their role may read. The fixed texts
// are in the interface language.
import { REPORT_KIND_FORMATS, REPORT_KINDS, type ReportKind } from '../../../contracts/report-requests.ts';
import { tracking } from '../api/tracking.ts';
import { Layout } from '../components/layout.component.tsx';
import { useSession } from '../components/session.context.tsx';
import { useI18n } from '../i18n/language.context.tsx';

const REPORT_TEXT = {
  scorecard: { title: 'reportScorecard', about: 'reportScorecardAbout' },
  'upr-midterm': { title: 'reportUprMidterm', about: 'reportUprMidtermAbout' },
  matrix: { title: 'reportMatrix', about: 'reportMatrixAbout' },
  brief: { title: 'reportBrief', about: 'reportBriefAbout' },
} as const satisfies Record<ReportKind, unknown>;

export function ReportsRoute() {
  const { t, language } = useI18n();
  const { user } = useSession();
  return (
    <Layout title={t('reportsTitle')}>
      <p>{user ? t('reportsSignedIn') : t('reportsPublic')}</p>
      <ul className="plain reports" data-testid="reports">
        {REPORT_KINDS.map((kind) => (
          <li key={kind}>
            <h2 id={`report-${kind}`}>{t(REPORT_TEXT[kind].title)}</h2>
            <p>{t(REPORT_TEXT[kind].about)}</p>
            <p>
              {REPORT_KIND_FORMATS[kind].map((format, i) => (
                <span key={format}>
                  {i > 0 ? ' · ' : ''}
                  <a href={tracking.reportUrl(kind, { format, lang: language })} download aria-describedby={`report-${kind}`}>
                    {t('reportDownload', { format: format.toUpperCase() })}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
