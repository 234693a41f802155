import { describe, expect, it } from 'vitest';
import { applyPanelAvailability, PANEL_PATH, POPUP_PATH, type PanelApi } from './availability';

function recorder() {
  const calls: { panel: unknown[]; popup: unknown[] } = { panel: [], popup: [] };
  const api: PanelApi = {
    setPanelOptions: async (o) => void calls.panel.push(o),
    setPopup: async (d) => void calls.popup.push(d),
  };
  return { api, calls };
}

describe('applyPanelAvailability', () => {
  it('enables the panel and clears the popup on Facebook', async () => {
    const { api, calls } = recorder();
    await applyPanelAvailability(api, 7, 'https://www.facebook.com/mestozabreh');
    expect(calls.panel).toEqual([{ tabId: 7, path: PANEL_PATH, enabled: true }]);
    expect(calls.popup).toEqual([{ tabId: 7, popup: '' }]);
  });

  it('disables the panel and shows the popup on any other page', async () => {
    const { api, calls } = recorder();
    await applyPanelAvailability(api, 8, 'https://www.zabreh.cz/');
    await applyPanelAvailability(api, 9, undefined); // URL hidden: not one of our hosts
    expect(calls.panel).toEqual([
      { tabId: 8, enabled: false },
      { tabId: 9, enabled: false },
    ]);
    expect(calls.popup).toEqual([
      { tabId: 8, popup: POPUP_PATH },
      { tabId: 9, popup: POPUP_PATH },
    ]);
  });

  it('works without a side-panel API (Firefox)', async () => {
    const { api, calls } = recorder();
    delete api.setPanelOptions;
    await applyPanelAvailability(api, 1, 'https://www.instagram.com/');
    expect(calls.popup).toEqual([{ tabId: 1, popup: '' }]);
  });
});
