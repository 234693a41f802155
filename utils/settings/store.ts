import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';

/**
 * Settings live in `storage.local` (not Dexie): small, read by the background on every wake-up,
 * and `storage.onChanged` tells the background when the admin changes the target or reminder.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Saves a change; the stored value is always normalised, so readers never see an invalid one. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}
