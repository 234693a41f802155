import { useT } from '@/components/ui/i18n';
import type { MessageKey } from '@/utils/i18n/i18n';
import { POST_KINDS, type PostKindId } from '@/utils/kinds';

export function kindLabelKey(kind: PostKindId): MessageKey {
  return `compose_kind_${kind.replace(/-/g, '_')}` as MessageKey;
}

/** The kind of post (water outage, event…), in the admin's language. */
export function KindSelect({ id, value, onChange }: { id: string; value: PostKindId; onChange: (kind: PostKindId) => void }) {
  const { t } = useT();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as PostKindId)}>
      {POST_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(kindLabelKey(k))}
        </option>
      ))}
    </select>
  );
}
