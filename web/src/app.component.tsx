// Picks the screen for the current path.
import { NotificationsProvider } from './components/notifications.context.tsx';
import { SessionProvider } from './components/session.context.tsx';
import { LanguageProvider } from './i18n/language.context.tsx';
import { useLocation } from './router.ts';
import { ActionsRoute } from './routes/actions.route.tsx';
import { BenchmarkRoute } from './routes/benchmark.route.tsx';
import { BenchmarksRoute } from './routes/benchmarks.route.tsx';
import { CallRoute } from './routes/call.route.tsx';
import { CallsRoute } from './routes/calls.route.tsx';
import { CaseRoute } from './routes/case.route.tsx';
import { CasesRoute } from './routes/cases.route.tsx';
import { DashboardRoute } from './routes/dashboard.route.tsx';
import { DocumentRoute } from './routes/document.route.tsx';
import { DocumentsRoute } from './routes/documents.route.tsx';
import { ImportRoute } from './routes/import.route.tsx';
import { LoginRoute } from './routes/login.route.tsx';
import { ModerationRoute } from './routes/moderation.route.tsx';
import { NotFoundRoute } from './routes/not-found.route.tsx';
import { NotificationsRoute } from './routes/notifications.route.tsx';
import { RecommendationRoute } from './routes/recommendation.route.tsx';
import { ReportsRoute } from './routes/reports.route.tsx';
import { ResetPasswordRoute } from './routes/reset-password.route.tsx';
import { ReviewRoute } from './routes/review.route.tsx';
import { SearchRoute } from './routes/search.route.tsx';
import { UsersRoute } from './routes/users.route.tsx';

function Screen() {
  const { path } = useLocation();
  const [, first = '', id] = path.split('/');
  switch (first) {
    case '':
      return <DashboardRoute />;
    case 'search':
      return <SearchRoute />;
    case 'recommendations':
      return id ? <RecommendationRoute key={id} id={decodeURIComponent(id)} /> : <SearchRoute />;
    case 'benchmarks':
      return id ? <BenchmarkRoute key={id} id={decodeURIComponent(id)} /> : <BenchmarksRoute />;
    case 'documents':
      return id ? <DocumentRoute key={id} id={decodeURIComponent(id)} /> : <DocumentsRoute />;
    case 'import':
      return id ? <ReviewRoute key={id} id={decodeURIComponent(id)} /> : <ImportRoute />;
    case 'actions':
      return <ActionsRoute key={id ?? ''} id={id ? decodeURIComponent(id) : undefined} />;
    case 'moderation':
      return <ModerationRoute />;
    case 'calls':
      return id ? <CallRoute key={id} id={decodeURIComponent(id)} /> : <CallsRoute />;
    case 'notifications':
      return <NotificationsRoute />;
    case 'reports':
      return <ReportsRoute />;
    case 'cases':
      return id ? <CaseRoute key={id} id={decodeURIComponent(id)} /> : <CasesRoute />;
    case 'login':
      return <LoginRoute />;
    case 'reset-password':
      return <ResetPasswordRoute />;
    case 'users':
      return <UsersRoute />;
    default:
      return <NotFoundRoute />;
  }
}

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <NotificationsProvider>
          <Screen />
        </NotificationsProvider>
      </SessionProvider>
    </LanguageProvider>
  );
}
