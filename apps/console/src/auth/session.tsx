import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** Who is signed in: the token is kept in memory only (never localStorage); a reload signs out. */
export interface SessionUser {
  userId: string;
  name: string;
  role: string;
  regionCode: string;
}
export interface Session {
  token: string;
  user: SessionUser;
}

interface SessionState {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The current token for the GraphQL link, read at each request (the link lives outside React). */
let currentToken: string | null = null;
export const tokenNow = () => currentToken;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const state = useMemo<SessionState>(
    () => ({
      session,
      signIn(next) {
        currentToken = next.token;
        setSession(next);
      },
      signOut() {
        currentToken = null;
        setSession(null);
      },
    }),
    [session],
  );
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
