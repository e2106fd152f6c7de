// The three audiences presenters serve: the anonymous public, signed-in readers, and the
// roles cleared for confidential material (whose every such read is audited).
import { can } from '../policies/can.ts';
import type { Actor } from '../services/actor.ts';

export type Audience = 'public' | 'viewer' | 'cleared';

export function audienceOf(actor: Actor): Audience {
  if (actor.kind === 'anonymous') return 'public';
  return can(actor, 'confidential.read') ? 'cleared' : 'viewer';
}
