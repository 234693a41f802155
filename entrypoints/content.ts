import { defineContentScript } from 'wxt/utils/define-content-script';
import { HOST_MATCHES } from '@/utils/hosts/hosts';
import { startContentBridge } from '@/utils/content/bridge';

// Tiny on purpose: no React, no Dexie, no polyfill. It only bridges the page and the extension.
export default defineContentScript({
  matches: [...HOST_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startContentBridge(ctx);
  },
});
