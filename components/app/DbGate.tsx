import { useEffect, useState, type ReactNode } from 'react';
import { db, openDatabase, type DbProblem, type OpenResult } from '@/utils/db/db';
import { useT } from '@/components/ui/i18n';

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
  const [state, setState] = useState<{ status: 'opening' } | { status: 'ok' } | { status: 'error'; problem: DbProblem; detail: string }>({
    status: 'opening',
  });

  useEffect(() => {
    let alive = true;
    const show = (r: OpenResult) => {
      if (!alive) return;
      setState(r.ok ? { status: 'ok' } : { status: 'error', problem: r.problem, detail: r.detail });
      // Blocked by another connection: recover by itself as soon as it lets go.
      if (!r.ok && r.later) r.later.then(show, () => undefined);
    };
    open().then(show);
    // Another panel (a newer version of the extension) wants to upgrade: step aside and reload.
    const onVersionChange = () => {
      db.close();
      location.reload();
      return false;
    };
    db.on('versionchange', onVersionChange);
    return () => {
      alive = false;
      db.on('versionchange').unsubscribe(onVersionChange);
    };
  }, [open]);

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
