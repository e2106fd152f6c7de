// The typed client of accounts: the admins' list and changes (/api/users), organisations,
// and the password reset anyone may ask for (/api/auth/password-reset). The shapes mirror
// server/http/tracking.schema.ts (userView, newUserBody, userPatch).
import type { Account } from '../../../contracts/accounts.ts';
import type { Role } from '../../../contracts/enums.ts';
import type { Language } from '../../../contracts/languages.ts';
import { request } from './client.ts';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  language: Language;
  /** By name: the server creates one it does not know. */
  organisationName?: string;
  institutionName?: string;
  /** Without it, the server mails the new user a link to choose one. */
  password?: string;
}

export interface AccountPatch {
  /** The version read; the server refuses an older one (409). */
  version: number;
  name?: string;
  role?: Role;
  language?: Language;
  /** null: none. */
  organisationId?: null;
  organisationName?: string;
  institutionId?: null;
  institutionName?: string;
  disabled?: boolean;
}

export interface Organisation {
  id: string;
  name: string;
}

const id = encodeURIComponent;

export const accountsApi = {
  list: () => request<Account[]>('GET', '/api/users'),
  add: (body: NewAccount) => request<{ id: string }>('POST', '/api/users', body),
  update: (userId: string, patch: AccountPatch) => request<Account>('PATCH', `/api/users/${id(userId)}`, patch),
  organisations: () => request<Organisation[]>('GET', '/api/organisations'),
  /** Always accepted whether or not an account uses `email` (429 when this address asked too often). */
  requestReset: (email: string) => request<{ accepted: true }>('POST', '/api/auth/password-reset/request', { email }),
  resetPassword: (token: string, password: string) => request<null>('POST', '/api/auth/password-reset', { token, password }),
};
