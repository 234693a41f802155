import { useState } from 'react';
import { useT } from '@/components/ui/i18n';
import { db } from '@/utils/db/db';
import type { DraftRecord } from '@/utils/db/types';
import type { MessageKey } from '@/utils/i18n/i18n';
import { removeDraftPhoto, setDraftPhoto } from '@/utils/plan/repo';

/** Any image the browser decodes, as PNG (the one image type every clipboard takes). */
async function asPng(blob: Blob): Promise<Blob> {
  if (blob.type === 'image/png') return blob;
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), 'image/png'));
}

export function DraftPhoto({ draft: d }: { draft: DraftRecord }) {
  const { t } = useT();
  const [msg, setMsg] = useState<{ key: MessageKey; error: boolean } | null>(null);
  const [alt, setAlt] = useState(d.photoAlt ?? '');
  const copy = async () => {
    try {
      const photo = await db.draftPhotos.get(d.id);
      if (!photo) return;
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': asPng(photo.blob) })]);
      setMsg({ key: 'plan_photo_copied', error: false });
    } catch {
      setMsg({ key: 'plan_photo_copyFailed', error: true });
    }
  };
  return (
    <details className="plan-photo">
      <summary>{d.hasPhoto ? t('plan_photo_has') : t('plan_photo_add')}</summary>
      <div className="stack">
        <label className="field">
          <span>{t('plan_photo_alt')}</span>
          <input type="text" value={alt} onChange={(e) => setAlt(e.target.value)} onBlur={() => d.hasPhoto && alt !== d.photoAlt && void db.drafts.update(d.id, { photoAlt: alt, updatedAt: Date.now() })} />
        </label>
        <label className="field">
          <span>{t('plan_photo_file')}</span>
          <input
            type="file"
            accept="image/*"
            data-testid="plan-photo-file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const r = await setDraftPhoto(d.id, file, alt);
              setMsg(r.ok ? { key: 'plan_photo_saved', error: false } : { key: `plan_photo_problem_${r.problem}` as MessageKey, error: true });
            }}
          />
        </label>
        {d.hasPhoto && (
          <div className="row">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('plan_photo_copy')}
            </button>
            {d.photoAlt && (
              <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(d.photoAlt!).then(() => setMsg({ key: 'plan_photo_altCopied', error: false }))}>
                {t('plan_photo_copyAlt')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void removeDraftPhoto(d.id)}>
              {t('plan_photo_remove')}
            </button>
          </div>
        )}
        {msg && (
          <p role={msg.error ? 'alert' : 'status'} className={`small notice ${msg.error ? 'notice--error' : 'notice--ok'}`}>
            {t(msg.key)}
          </p>
        )}
      </div>
    </details>
  );
}
