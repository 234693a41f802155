import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { db, openDatabase, type DbProblem, type OpenResult } from '@/utils/db/db';
import { useT } from '@/components/ui/i18n';

type GateState = { status: 'opening' } | { status: 'ok' } | { status: 'error'; problem: DbProblem; detail: string; waiting: boolean };

interface Opening {
  state: GateState;
  listeners: Set<() => void>;
  run(): void;
}

/**
 * One open per page and opener, shared by every gate: a gate that mounts later (each tab
 * switch mounts one) shows the data at once instead of "Loading…" and a second open.
 */
const openings = new WeakMap<typeof openDatabase, Opening>();

function openingFor(open: typeof openDatabase): Opening {
  const known = openings.get(open);
  if (known) return known;
  const o: Opening = {
    state: { status: 'opening' },
    listeners: new Set(),
    run() {
      const set = (state: GateState) => {
        o.state = state;
        for (const l of o.listeners) l();
      };
      const show = (r: OpenResult) => {
        set(r.ok ? { status: 'ok' } : { status: 'error', problem: r.problem, detail: r.detail, waiting: Boolean(r.later) });
        // Blocked by another connection: recover by itself as soon as it lets go.
        if (!r.ok && r.later) r.later.then(show, () => undefined);
      };
      set({ status: 'opening' });
      void open().then(show);
    },
  };
  openings.set(open, o);
  if (open === openDatabase) {
    // Another panel (a newer version of the extension) wants to upgrade: step aside and reload.
    // Once per page, not once per gate.
    db.on('versionchange', () => {
      db.close();
      location.reload();
      return false;
    });
  }
  o.run();
  return o;
}

/** Whether the page's database is open (for hooks that must not query before). */
export function useDbOpen(open: typeof openDatabase = openDatabase): boolean {
  return useOpening(open).status === 'ok';
}

function useOpening(open: typeof openDatabase): GateState {
  const o = openingFor(open);
  const state = useSyncExternalStore(
    (l) => {
      o.listeners.add(l);
      return () => o.listeners.delete(l);
    },
    () => o.state,
  );
  useEffect(() => {
    // A failed open (not one still waiting for a blocker) is tried again when a gate mounts, as
    // each gate used to open on its own: a tab switch retries after the admin freed space.
    if (o.state.status === 'error' && !o.state.waiting) o.run();
  }, [o]);
  return state;
}

/**
 * Opens the database before the data views render. If IndexedDB is blocked (private mode,
 * a corrupted profile, a full disk), the admin gets an explanation and what to do, not a blank panel.
 */
export function DbGate({
  children,
  open = openDatabase,
  fallbackSilent = false,
}: {
  children: ReactNode;
  open?: typeof openDatabase;
  /** Render nothing (instead of the explanation) while opening or on error: for small header widgets. */
  fallbackSilent?: boolean;
}) {
  const { t } = useT();
  const state = useOpening(open);

  if (fallbackSilent && state.status !== 'ok') return null;
  if (state.status === 'opening') return <p className="muted" role="status">{t('app_loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert" className="notice notice--error" data-testid="db-error">
        <h2>{t('db_error_title')}</h2>
        <p>{t(`db_error_${state.problem}`)}</p>
        <p className="muted small">{t('db_error_settingsStillWork')}</p>
        <details>
          <summary>{t('db_error_details')}</summary>
          <code>{state.detail}</code>
        </details>
      </div>
    );
  }
  return <>{children}</>;
}
