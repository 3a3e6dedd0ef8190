/**
 * A tap on Warning signs before the app has started, kept on the page between the first script and the app:
 * the first screen's one live control (a home user's review, s42: on a slow phone such a tap was lost for ten
 * seconds). Nothing imported: boot.ts, the page's first script, stays a few hundred bytes.
 */
const ATTRIBUTE = 'data-wants-warning-signs'

/** boot.ts: a tap on `button` is remembered, and the button says it has heard. */
export function rememberWarningSignsTap(button: HTMLElement): void {
  button.addEventListener('click', () => {
    document.documentElement.setAttribute(ATTRIBUTE, '')
    button.setAttribute('aria-busy', 'true')
  })
}

/** main.tsx, once: whether the reader asked for the warning signs before the app could open them. */
export function takeWarningSignsTap(): boolean {
  const asked = document.documentElement.hasAttribute(ATTRIBUTE)
  document.documentElement.removeAttribute(ATTRIBUTE)
  return asked
}
