/**
 * The selection panel with nothing selected: what index.html shows before the app runs, and what the app
 * shows until the panel's own code (ui/InfoPanel.tsx, loaded after the first frame) has arrived.
 */
export function InfoHint() {
  return (
    <aside className="info" aria-label="Selection">
      <p className="hint">
        Hover a bone, disc, joint or nerve to see its name; click it, or pick it from the list, to learn about it.
      </p>
    </aside>
  )
}
