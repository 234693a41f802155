/**
 * Stands in for WXT's `ContentScriptContext` in our content scripts (aliased in wxt.config.ts).
 * WXT's context announces every start to the page — a `postMessage` and a `document` event
 * named with the extension id — and stops itself when the page fires that event: any page
 * could read our id and switch publish detection off (security review, December 2026). Our
 * scripts keep their lifecycle in the isolated world instead (utils/content/shared.ts), so
 * this context does nothing at all.
 */
export class ContentScriptContext {}
