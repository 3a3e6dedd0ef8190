import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/**
 * Facet's Content-Security-Policy: everything from its own origin, no inline script, no inline style
 * but the page's own `<style>` elements (allowed one by one by their hashes, see `withStyleHashes`), no
 * plugins, no <base>, no form posts. Style attributes set from script (React's `style` prop, drei's
 * labels) go through the CSSOM and are allowed by `style-src 'self'`; lazily loaded CSS is a file.
 * `data:`/`blob:` images are for textures and canvas snapshots. `frame-ancestors` cannot be set from a
 * meta tag: hosts send it as a header (README, "Hosting").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The `<style>` elements' texts in a page, as the browser hashes them (between the tags, untouched). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string)
}

/** The policy with each of these inline styles allowed by its SHA-256 hash in `style-src`. */
export function withStyleHashes(policy: string, styles: readonly string[]): string {
  if (styles.length === 0) return policy
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`)
  return policy
    .split('; ')
    .map((directive) => (directive.startsWith('style-src ') ? [directive, ...new Set(hashes)].join(' ') : directive))
    .join('; ')
}

/**
 * Puts the policy into the built index.html as a meta tag, first in its head (a policy from a meta tag
 * covers only what comes after it), with the page's own `<style>` elements allowed by their hashes. Build
 * only: the dev server injects inline scripts (React Refresh's preamble, the HMR client) that the policy
 * would block.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'facet:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: withStyleHashes(policy, inlineStyles(html)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}
