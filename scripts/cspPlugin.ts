import type { Plugin } from 'vite'

/**
 * Facet's Content-Security-Policy: everything from its own origin, no inline script or style
 * element, no plugins, no <base>, no form posts. Style attributes set from script (React's `style`
 * prop, drei's labels) go through the CSSOM and are allowed by `style-src 'self'`; the built CSS is a
 * file. `data:`/`blob:` images are for textures and canvas snapshots. `frame-ancestors` cannot be set
 * from a meta tag: hosts send it as a header (README, "Hosting").
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

/**
 * Puts the policy into the built index.html as a meta tag. Build only: the dev server injects inline
 * scripts (React Refresh's preamble, the HMR client) that the policy would block.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'facet:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ],
    },
  }
}
