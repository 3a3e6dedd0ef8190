import type { Rgb } from '../builder'

/** The colours of the cord, the nerve roots and their ganglia, the ligaments and the ilium. */
export const CORD_COLOR: Rgb = [0.96, 0.92, 0.74]
export const NERVE_COLOR: Rgb = [0.98, 0.8, 0.3]
export const GANGLION_COLOR: Rgb = [0.93, 0.62, 0.22]
export const LIGAMENT_COLOR: Rgb = [0.8, 0.86, 0.8]
export const FLAVUM_COLOR: Rgb = [0.86, 0.8, 0.58]
export const ILIUM_COLOR: Rgb = [0.89, 0.85, 0.76]
