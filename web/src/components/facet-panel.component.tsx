// The facets of a search as groups of checkboxes; each change rewrites the URL.
import { FACETS, type FacetBucket, type FacetName } from '../../../contracts/search.ts';
import type { MessageKey } from '../i18n/en.ts';
import { codeLabel, mechanismLabel } from '../i18n/labels.ts';
import { useI18n, type Translate } from '../i18n/language.context.tsx';

const TITLES: Record<FacetName, MessageKey> = {
  mechanism: 'facetMechanism',
  document: 'facetDocument',
  session: 'facetSession',
  state: 'facetState',
  position: 'facetPosition',
  theme: 'facetTheme',
  persons: 'facetPersons',
  sdg: 'facetSdg',
  institution: 'facetInstitution',
  grade: 'facetGrade',
  assessor: 'facetAssessor',
};

function bucketLabel(t: Translate, facet: FacetName, b: FacetBucket): string {
  if (facet === 'mechanism') return mechanismLabel(t, b.value);
  if (facet === 'position' || facet === 'grade') return codeLabel(t, b.value, b.label);
  return b.label;
}

export function FacetPanel({ facets, selected, onToggle }: {
  facets: Record<FacetName, FacetBucket[]>;
  selected: (facet: FacetName) => string[];
  onToggle: (facet: FacetName, value: string, on: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {FACETS.filter((f) => facets[f].length > 0 || selected(f).length > 0).map((f) => {
        const chosen = selected(f);
        return (
          <fieldset key={f} className="facet" data-facet={f}>
            <legend>{t(TITLES[f])}</legend>
            <ul>
              {facets[f].map((b) => (
                <li key={b.value}>
                  <label>
                    <input type="checkbox" checked={chosen.includes(b.value)} onChange={(e) => onToggle(f, b.value, e.target.checked)} />{' '}
                    {t('facetValue', { label: bucketLabel(t, f, b), count: b.count })}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}
