// Who may do what: a table (role × action) read by one pure function. Rules that depend on
// the resource say which condition must hold: the actor's own institution is responsible
// for the item, or the actor's own organisation is the assessor.
import type { Role } from '../../contracts/enums.ts';
import type { Actor } from '../services/actor.ts';

export const POLICY_ACTIONS = [
  'document.import',
  'user.manage',
  'organisation.manage',
  'institution.manage',
  'assignment.manage',
  'action.edit',
  'indicator.edit',
  'period.manage',
  'assessment.record',
  'assessment.moderate',
  'call.manage',
  'submission.create',
  'submission.moderate',
  'confidential.read',
  'audit.read',
  'internal.read',
  'notification.refresh',
  'tag.decide',
  'taxonomy.manage',
  'text.classify',
  'case.read',
  'case.edit',
  'benchmark.edit',
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export type Condition = 'own-institution' | 'own-organisation';
/** true: allowed; false: refused; a list: allowed when every condition holds. */
export type Rule = boolean | readonly Condition[];

export interface PolicyResource {
  /** Institutions responsible for the item (its assignments, or the action's institution). */
  institutionIds?: readonly string[];
  /** The organisation the work is done under (the assessor, the submitter's organisation). */
  organisationId?: string | null;
}

type Subject = Role | 'anonymous';

const ALL: Rule = true;
const NO: Rule = false;

export const PERMISSIONS: Record<PolicyAction, Record<Subject, Rule>> = {
  'document.import': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'user.manage': { admin: ALL, coordinator: NO, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'organisation.manage': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'institution.manage': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'assignment.manage': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'action.edit': { admin: ALL, coordinator: ALL, 'focal-point': ['own-institution'], contributor: NO, viewer: NO, anonymous: NO },
  'indicator.edit': { admin: ALL, coordinator: ALL, 'focal-point': ['own-institution'], contributor: NO, viewer: NO, anonymous: NO },
  'period.manage': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'assessment.record': {
    admin: ALL,
    coordinator: ALL,
    'focal-point': ['own-institution', 'own-organisation'],
    contributor: ['own-organisation'],
    viewer: NO,
    anonymous: NO,
  },
  'assessment.moderate': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'call.manage': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'submission.create': { admin: ALL, coordinator: ALL, 'focal-point': ALL, contributor: ALL, viewer: ALL, anonymous: ALL },
  'submission.moderate': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'confidential.read': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'audit.read': { admin: ALL, coordinator: NO, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'internal.read': { admin: ALL, coordinator: ALL, 'focal-point': ALL, contributor: ALL, viewer: ALL, anonymous: NO },
  'notification.refresh': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'tag.decide': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  'taxonomy.manage': { admin: ALL, coordinator: NO, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  // Classifying free texts costs CPU and reads nothing: any signed-in user.
  'text.classify': { admin: ALL, coordinator: ALL, 'focal-point': ALL, contributor: ALL, viewer: ALL, anonymous: NO },
  // Cases and trials: any signed-in reader follows them (identities need confidential.read);
  // the secretariat records them.
  'case.read': { admin: ALL, coordinator: ALL, 'focal-point': ALL, contributor: ALL, viewer: ALL, anonymous: NO },
  'case.edit': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
  // Deriving benchmarks from recommendations, changing them and the recommendations they
  // rest on: the secretariat of the monitor.
  'benchmark.edit': { admin: ALL, coordinator: ALL, 'focal-point': NO, contributor: NO, viewer: NO, anonymous: NO },
};

function holds(condition: Condition, actor: Extract<Actor, { kind: 'user' }>, resource: PolicyResource): boolean {
  switch (condition) {
    case 'own-institution':
      return actor.institutionId !== null && (resource.institutionIds ?? []).includes(actor.institutionId);
    case 'own-organisation':
      return actor.organisationId !== null && resource.organisationId === actor.organisationId;
  }
}

/** Whether `actor` may do `action` on `resource`. The command-line operator may do everything. */
export function can(actor: Actor, action: PolicyAction, resource: PolicyResource = {}): boolean {
  if (actor.kind === 'system') return true;
  const rule = PERMISSIONS[action][actor.kind === 'anonymous' ? 'anonymous' : actor.role];
  if (typeof rule === 'boolean') return rule;
  if (actor.kind !== 'user') return false;
  return rule.every((condition) => holds(condition, actor, resource));
}

/** The actions a role may do on some resource (its rule is not a plain refusal): what an interface offers. */
export function actionsOfRole(role: Role): PolicyAction[] {
  return POLICY_ACTIONS.filter((action) => PERMISSIONS[action][role] !== false);
}

/** Whether the rule for the actor depends on the resource (so a service must look it up first). */
export function dependsOnResource(actor: Actor, action: PolicyAction): boolean {
  if (actor.kind !== 'user') return false;
  return Array.isArray(PERMISSIONS[action][actor.role]);
}
