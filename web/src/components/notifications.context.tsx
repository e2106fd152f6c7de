// The number of the signed-in user's unread reminders, shown as a badge in the header and
// refreshed when the session changes or a reminder is marked read.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { tracking } from '../api/tracking.ts';
import { useSession } from './session.context.tsx';

interface UnreadCount {
  unread: number;
  refresh: () => void;
}

const NotificationsContext = createContext<UnreadCount | null>(null);

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    if (!user) {
      setUnread(0);
      return;
    }
    tracking.notifications(true).then(
      (items) => live && setUnread(items.length),
      () => live && setUnread(0),
    );
    return () => {
      live = false;
    };
  }, [user, tick]);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const value = useMemo(() => ({ unread, refresh }), [unread, refresh]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): UnreadCount {
  const ctx = useContext(NotificationsContext);
  if (!ctx) throw new Error('useNotifications outside NotificationsProvider');
  return ctx;
}
