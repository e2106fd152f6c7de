// The signed-in user's reminders, their refresh, and the audit log (admins).
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notificationView } from '../../contracts/notifications.ts';
import { createMailer } from '../mail/mailer.ts';
import { readAuditLog } from '../services/list-audit-events.ts';
import { markRead } from '../services/mark-notification-read.ts';
import { readNotifications } from '../services/read-notifications.ts';
import { refreshNotifications } from '../services/refresh-notifications.ts';
import type { RoutesPlugin } from './route-deps.ts';
import { auditEventView, idParams } from './tracking.schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const notificationRoutes: RoutesPlugin = async (app, { deps }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const mailer = createMailer(deps.config.smtpUrl);

  r.get('/api/notifications', {
    schema: {
      tags: ['notifications'],
      summary: 'My reminders: actions due or overdue, call deadlines, assessments due',
      description: 'Each reminder says what it is about (`kind` and its `params`), not a sentence: the reader\'s client words it in the reader\'s language.',
      querystring: z.object({ unread: z.stringbool().optional() }),
      response: { 200: z.array(notificationView) },
    },
  }, async (request) =>
    (await readNotifications(db, request.actor, request.query.unread ?? false)).map((n) => ({
      ...n.subject,
      id: n.id,
      link: n.link,
      dueAt: iso(n.dueAt),
      readAt: iso(n.readAt),
      createdAt: n.createdAt.toISOString(),
    })),
  );

  r.post('/api/notifications/:id/read', {
    schema: { tags: ['notifications'], summary: 'Mark one of my reminders read', params: idParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await markRead(db, request.actor, request.params.id);
    return reply.status(204).send(null);
  });

  r.post('/api/notifications/refresh', {
    schema: { tags: ['notifications'], summary: "Recompute everyone's reminders now (and mail them when SMTP_URL is set)", response: { 200: z.object({ notifications: z.number(), mailed: z.number() }) } },
  }, (request) => refreshNotifications(db, request.actor, { mailer, publicUrl: deps.config.publicUrl }));

  r.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: 'The audit log, newest first (admins)',
      querystring: z.object({
        entity: z.string().max(100).optional(),
        entityId: z.string().max(100).optional(),
        action: z.string().max(100).optional(),
        actorId: z.uuid().optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
        beforeId: z.coerce.number().int().optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
      response: { 200: z.array(auditEventView) },
    },
  }, async (request) => {
    const q = request.query;
    const rows = await readAuditLog(db, request.actor, { ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined });
    return rows.map((e) => ({ ...e, at: e.at.toISOString() }));
  });
};
