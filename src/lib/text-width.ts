/** Gives the drawn width in px of a text, in normal or bold weight. */
export type TextWidth = (text: string, bold: boolean) => number;

/** What a chart needs to lay out its labels: the font size and a way to measure text. */
export type TextMetrics = { fontSize: number; width: TextWidth };

const FALLBACK_SIZE = 14;

/**
 * Measures text in the font an element draws with (its computed size and family), so a chart can
 * place its labels before drawing them. Where the browser cannot measure (no OffscreenCanvas, as
 * in jsdom), it estimates generously: 0.62 em per character.
 */
export function textMetricsOf(element: Element | null): TextMetrics {
  const style =
    element && typeof getComputedStyle === 'function' ? getComputedStyle(element) : null;
  const fontSize = Number.parseFloat(style?.fontSize ?? '') || FALLBACK_SIZE;
  const context =
    style && typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : null;
  if (!context || !style) {
    return { fontSize, width: (text) => text.length * fontSize * 0.62 };
  }
  const cache = new Map<string, number>();
  return {
    fontSize,
    width: (text, bold) => {
      const key = `${bold ? 'b' : 'n'}${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        context.font = `${bold ? 700 : style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        width = context.measureText(text).width;
        cache.set(key, width);
      }
      return width;
    },
  };
}

/** Calls back once the page's web fonts have loaded (text measured before may have changed). */
export function whenFontsLoaded(callback: () => void): void {
  if (typeof document === 'undefined' || !document.fonts) return;
  void document.fonts.ready.then(callback);
}
