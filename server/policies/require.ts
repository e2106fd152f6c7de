// The one way services refuse: `forbidden` (403) for a signed-in actor, `unauthenticated`
// (401) for an anonymous one, with the action named.
import { AppError } from '../errors.ts';
import type { Actor } from '../services/actor.ts';
import { can, PERMISSIONS, type PolicyAction, type PolicyResource } from './can.ts';

/** Throws unless `actor` may do `action` on `resource`. */
export function requirePermission(actor: Actor, action: PolicyAction, resource: PolicyResource = {}): void {
  if (can(actor, action, resource)) return;
  if (actor.kind === 'anonymous') throw new AppError('unauthenticated', `sign in to do this (${action})`);
  throw new AppError('forbidden', `your role may not do this (${action})`);
}

/**
 * Throws when the actor's role may never do `action`, whatever the resource: services whose
 * rule depends on the resource call it first, so a refused role learns nothing from
 * validation errors about resources it may not touch.
 */
export function requireRole(actor: Actor, action: PolicyAction): void {
  if (actor.kind === 'system') return;
  if (PERMISSIONS[action][actor.kind === 'anonymous' ? 'anonymous' : actor.role] !== false) return;
  requirePermission(actor, action);
}
