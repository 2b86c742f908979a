import {
  createContext,
  createResource,
  useContext,
  type JSX,
  type Resource,
} from "solid-js";
import { api, ApiError, setCsrf, type Me } from "./data/api";

interface SessionValue {
  me: Resource<Me | null>;
  set(me: Me | null): void;
  refresh(): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionValue>();

async function loadMe(): Promise<Me | null> {
  try {
    const me = await api<Me>("GET", "/me");
    setCsrf(me.csrfToken);
    return me;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function SessionProvider(props: { children: JSX.Element }) {
  const [me, { mutate, refetch }] = createResource(loadMe);
  const value: SessionValue = {
    me,
    set(next) {
      if (next) setCsrf(next.csrfToken);
      mutate(next);
    },
    refresh: () => void refetch(),
    async logout() {
      await api("POST", "/auth/logout").catch(() => undefined);
      setCsrf("");
      mutate(null);
    },
  };
  return (
    <SessionContext.Provider value={value}>
      {props.children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession must be used inside <SessionProvider>");
  return s;
}
