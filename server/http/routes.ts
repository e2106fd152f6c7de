// Every routes plugin of the API, registered in this order.
import type { RoutesPlugin } from './route-deps.ts';
import { healthRoutes } from './health.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { importRoutes } from './imports.routes.ts';
import { userRoutes } from './user.routes.ts';
import { organisationRoutes } from './organisation.routes.ts';
import { actionRoutes } from './action.routes.ts';
import { indicatorRoutes } from './indicator.routes.ts';
import { assessmentRoutes } from './assessment.routes.ts';
import { callRoutes } from './call.routes.ts';
import { notificationRoutes } from './notification.routes.ts';
import { taggingRoutes } from './tagging.routes.ts';
import { reportRoutes } from './reports.routes.ts';
import { searchRoutes } from './search.routes.ts';
import { recordsRoutes } from './records.routes.ts';
import { dashboardRoutes } from './dashboard.routes.ts';
import { reviewRoutes } from './review.routes.ts';
import { caseRoutes } from './case.routes.ts';
import { benchmarkRoutes } from './benchmark.routes.ts';

export const ROUTES: readonly RoutesPlugin[] = [
  healthRoutes,
  authRoutes,
  importRoutes,
  userRoutes,
  organisationRoutes,
  actionRoutes,
  indicatorRoutes,
  assessmentRoutes,
  callRoutes,
  notificationRoutes,
  taggingRoutes,
  reportRoutes,
  searchRoutes,
  recordsRoutes,
  dashboardRoutes,
  reviewRoutes,
  caseRoutes,
  benchmarkRoutes,
];
