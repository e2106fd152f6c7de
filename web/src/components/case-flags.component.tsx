// The cases flagged today (pretrial detention beyond the limit, sentence served with no
// release recorded, eligible for release), for the dashboard of cleared roles.
import { casesApi } from '../api/cases.client.ts';
import { flagLabel } from '../i18n/case-labels.ts';
import { useI18n } from '../i18n/language.context.tsx';
import { Link } from './link.component.tsx';
import { Status } from './status.component.tsx';
import { useApi } from './use-api.hook.ts';

export function CaseFlags() {
  const { t, date } = useI18n();
  const loaded = useApi(() => casesApi.flags(), 'case-flags');
  return (
    <section aria-labelledby="case-flags-heading" data-testid="case-flags">
      <h2 id="case-flags-heading">{t('caseFlagsHeading')}</h2>
      <Status loaded={loaded}>
        {(cases) => cases.length === 0 ? <p>{t('none')}</p> : (
          <ul>
            {cases.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.label}</Link>: {c.flags.map((f) => t('caseFlagSince', { flag: flagLabel(t, f.kind), date: date(f.since) })).join('; ')}
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}
