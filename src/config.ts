/**
 * Settings a deployment of Facet may change, in one place. Nothing here is secret: it is shipped to every
 * visitor's browser.
 */

/**
 * Where "Report a problem with this" suggests sending a report (a `mailto:` link the user opens
 * themselves; nothing is sent automatically): the address of whoever maintains the content. Null until a
 * deployment names a real one: the report is then only offered to copy, with no email link, so no reader's
 * report goes to an address nobody reads (a placeholder such as example.org would bounce it back).
 */
export const REPORT_ADDRESS: string | null = null

/** The app's version as package.json gives it, named in reports (a test keeps the two the same). */
export const APP_VERSION = '0.1.0'

/**
 * The address a printed handout's QR code and link open Facet at, such as 'https://facet.example.org/': set it
 * where Facet is served from a laptop or a clinic's own network, which a patient's phone at home cannot reach.
 * Null: the address the page was opened at (the stretch card then says when that is this computer's own).
 */
export const PUBLIC_URL: string | null = null
