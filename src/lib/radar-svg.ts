/** The drawn chart of the radar figure that holds `element` (a button in it), if any. */
export function radarSvgOf(element: Element): SVGSVGElement | null {
  return element.closest('figure')?.querySelector<SVGSVGElement>('.radar__chart svg') ?? null;
}
