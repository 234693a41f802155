import { useT } from '@/components/ui/i18n';
import { summarize, type CheckItem } from '@/utils/checklist/types';
import { useChecklistResult } from './useChecklist';

/** "7 ✓ · 1 ⚠ · 1 ✗": symbols for the eye (colour is extra), words for screen readers. */
export function SummaryText({ items }: { items: readonly CheckItem[] }) {
  const { tp } = useT();
  const s = summarize(items);
  return (
    <span className="cl-summary" data-testid="checklist-summary" data-pass={s.pass} data-warn={s.warn} data-fail={s.fail}>
      <span aria-hidden="true">
        <span className="cl-ok">{s.pass} ✓</span> · <span className="cl-warn">{s.warn} ⚠</span> · <span className="cl-fail">{s.fail} ✗</span>
      </span>
      <span className="visually-hidden">
        {[tp('checklist_summary_srPass', s.pass), tp('checklist_summary_srWarn', s.warn), tp('checklist_summary_srFail', s.fail)].join(', ')}
      </span>
    </span>
  );
}

/** The summary for the Checklist tab's badge, visible from every tab; nothing while there is no text. */
export function ChecklistSummary() {
  const { items } = useChecklistResult();
  if (!items || items.length === 0) return null;
  return <SummaryText items={items} />;
}
