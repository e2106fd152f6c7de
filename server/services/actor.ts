// Who is asking. Every service takes an actor and checks the policy with it.
import type { Role } from '../../contracts/enums.ts';
import type { Language } from '../../contracts/languages.ts';

export type Actor =
  | { kind: 'anonymous' }
  /** The operator at the command line: acts with every right, audited as `cli`. */
  | { kind: 'system'; label: string }
  | {
      kind: 'user';
      id: string;
      email: string;
      role: Role;
      organisationId: string | null;
      institutionId: string | null;
      /** The language the user reads the interface and their reminder mails in. */
      language: Language;
      sessionId: string;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function systemActor(label = 'cli'): Actor {
  return { kind: 'system', label };
}

/** The id to store as author, or null for anonymous and system actors. */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return actor.label;
    case 'user':
      return actor.email;
  }
}
