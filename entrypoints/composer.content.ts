import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '@/utils/hosts/hosts';
import { startComposerBridge } from '@/utils/composer/bridge';

// Injected by the panel (scripting.executeScript) when the admin inserts or reads the composer;
// not listed in the manifest, so the insertion code never loads on pages where it is not used.
// Injecting it again replaces the previous copy (utils/content/shared.ts; WXT's `ctx` is unused).
export default defineContentScript({
  matches: [...HOST_MATCHES],
  registration: 'runtime',
  main() {
    startComposerBridge();
  },
});
