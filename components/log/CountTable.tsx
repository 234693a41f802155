import { useT } from '@/components/ui/i18n';
import { formatNumber } from '@/utils/log/format';

export interface CountRow {
  key: string;
  label: string;
  n: number;
}

/** A small two-column table (what · posts) the Log's statistics and the monthly report share. */
export function CountTable({ caption, what, rows, empty, testId }: { caption: string; what: string; rows: CountRow[]; empty?: string; testId?: string }) {
  const { t, lang } = useT();
  return (
    <table className="log-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">{t('log_stats_posts')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty ? (
          <tr>
            <td colSpan={2} className="muted">{empty}</td>
          </tr>
        ) : (
          rows.map((x) => (
            <tr key={x.key}>
              <th scope="row">{x.label}</th>
              <td>{formatNumber(lang, x.n)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
