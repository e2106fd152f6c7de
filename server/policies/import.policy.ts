// Who may import and publish documents: the operator at the command line, admins and
// coordinators (the national mechanism's secretariat). The rule lives in the table of can.ts.
import type { Actor } from '../services/actor.ts';
import { can } from './can.ts';

export function canImport(actor: Actor): boolean {
  return can(actor, 'document.import');
}
