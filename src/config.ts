/**
 * Settings a deployment of Facet may change, in one place. Nothing here is secret: it is shipped to every
 * visitor's browser.
 */

/**
 * Where "Report a problem with this" suggests sending a report (a `mailto:` link the user opens
 * themselves; nothing is sent automatically). Change it to the address of whoever maintains the content.
 */
export const REPORT_ADDRESS = 'facet-content@example.org'

/** The app's version as package.json gives it, named in reports (a test keeps the two the same). */
export const APP_VERSION = '0.1.0'
