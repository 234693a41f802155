import { useT } from '@/components/ui/i18n';
import { TAG_CATEGORY_KEYS } from '@/utils/checklist/check';
import { TAG_CATEGORIES } from '@/utils/kinds';
import type { TagCategory } from '@/utils/db/types';

/** A partner's category (police, firefighters…), in the admin's language. */
export function CategorySelect({ id, value, onChange }: { id: string; value: TagCategory; onChange: (category: TagCategory) => void }) {
  const { t } = useT();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as TagCategory)}>
      {TAG_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(TAG_CATEGORY_KEYS[c])}
        </option>
      ))}
    </select>
  );
}
