import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '@/utils/hosts/hosts';
import { startContentBridge } from '@/utils/content/bridge';

// Tiny on purpose: no React, no Dexie, no polyfill. It only bridges the page and the extension.
// WXT's context (`ctx`) is not used: it is visible to the page and can be stopped by it
// (utils/content/context.ts); the lifecycle lives in the isolated world (utils/content/shared.ts).
export default defineContentScript({
  matches: [...HOST_MATCHES],
  runAt: 'document_idle',
  main() {
    startContentBridge();
  },
});
