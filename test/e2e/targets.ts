import type { Page } from 'playwright-core'

/**
 * The controls matched by `selector` that a finger could miss, as `<tag … width×height>`: laid out and under
 * 44 × 44 CSS px (WCAG 2.5.5), or, for a source tag inside a sentence, under 24 × 24 (WCAG 2.5.8).
 */
export const tooSmallToTap = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (controls) =>
    controls
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ el, box }) => {
        // a source tag inside a sentence (the source it shows under the claim has finger-sized controls)
        const least = el.closest('.cite') && !el.closest('.cite-note') ? 24 : 44
        return box.width < least || box.height < least
      })
      .map(({ el, box }) => `${el.outerHTML.slice(0, 60)} ${Math.round(box.width)}×${Math.round(box.height)}`),
  )
