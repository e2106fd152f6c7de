// Who is signed in (null for anonymous visitors), loaded once from /api/auth/me. A device
// where the reader never chose a language takes the account's.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, type Me } from '../api/client.ts';
import { useI18n } from '../i18n/language.context.tsx';

interface Session {
  user: Me['user'];
  ready: boolean;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Whether the signed-in role may do `action` (a policy action such as `action.edit`) on some resources; the server decides each request. */
  may: (action: string) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me['user']>(null);
  const [ready, setReady] = useState(false);
  const { adopt } = useI18n();
  const refresh = useCallback(async () => {
    const me = await api.me().catch(() => ({ user: null, csrfToken: null }));
    if (me.user) adopt(me.user.language);
    setUser(me.user);
    setReady(true);
  }, [adopt]);
  const signOut = useCallback(async () => {
    await api.logout();
    setUser(null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ user, ready, refresh, signOut, may: (action: string) => user?.permissions.includes(action) ?? false }), [user, ready, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
