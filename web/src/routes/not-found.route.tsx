import { Layout } from '../components/layout.component.tsx';
import { Link } from '../components/link.component.tsx';
import { useI18n } from '../i18n/language.context.tsx';

export function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <Layout title={t('notFound')}>
      <p>{t('notFoundBody')}</p>
      <p><Link to="/">{t('backHome')}</Link></p>
    </Layout>
  );
}
