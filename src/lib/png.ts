const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'display',
];

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

/**
 * Writes an element as SVG markup with its computed look as presentation attributes, so the
 * picture matches the page. It reads the live chart instead of cloning it: a clone would carry
 * style attributes, which the Content-Security-Policy forbids.
 */
function markup(element: Element): string {
  const computed = getComputedStyle(element);
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'style' && attribute.name !== 'class')
    .map((attribute) => `${attribute.name}="${escapeXml(attribute.value)}"`);
  for (const name of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value && !element.hasAttribute(name)) attributes.push(`${name}="${escapeXml(value)}"`);
  }
  const children = [...element.childNodes]
    .map((child) =>
      child.nodeType === Node.ELEMENT_NODE
        ? markup(child as Element)
        : child.nodeType === Node.TEXT_NODE
          ? escapeXml(child.textContent ?? '')
          : '',
    )
    .join('');
  return `<${element.tagName} ${attributes.join(' ')}>${children}</${element.tagName}>`;
}

/**
 * What a downloaded chart says about itself, so the picture still makes sense on a slide or in
 * a mail: a title, whose it is (the collective's or session's name), the date, and a legend.
 * `legend` names the drawn lines and bands in drawing order; a missing entry keeps the line's
 * own name.
 */
export type PngFrame = { title: string; name: string; date: string; legend?: string[] };

/** The text and shapes of a frame, placed; all in CSS px (the canvas multiplies by its scale). */
export type PngText = { text: string; x: number; y: number };
export type PngLayout = {
  width: number;
  height: number;
  title: PngText[];
  subtitle: PngText[];
  chart: { x: number; y: number; width: number; height: number };
  legend: { swatch: { x: number; y: number; width: number; height: number }; label: PngText }[];
};

/** Type sizes and spacing of the frame (px); `font` says which font `measure` measures in. */
export const PNG_TYPE = {
  padding: 24,
  title: { size: 22, line: 28, font: 'title' },
  subtitle: { size: 16, line: 22, font: 'text' },
  legend: { size: 16, line: 24, font: 'text' },
  swatch: { width: 36, height: 14, gap: 8 },
  legendGap: 24,
  /** Space between the text above and the chart, and between the chart and the legend. */
  gap: 10,
} as const;

type Measure = (text: string, font: 'title' | 'text') => number;

/** Breaks a text into lines no wider than `width` at spaces (a longer word gets its own line). */
function wrap(text: string, width: number, font: 'title' | 'text', measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places a frame around a chart of `chartWidth` × `chartHeight`: the title (wrapped) and
 * "name · date" above it, the legend (swatch and label per entry, as many per row as fit) below
 * it, all inside a padding; the picture is as wide as the chart. Pure, so it can be tested
 * without a browser: `measure` gives a text's width in the given font. Text positions are
 * baselines.
 */
export function pngLayout(
  chartWidth: number,
  chartHeight: number,
  frame: Required<Pick<PngFrame, 'title' | 'name' | 'date'>> & { legend: string[] },
  measure: Measure,
): PngLayout {
  const { padding, title, subtitle, legend, swatch, legendGap, gap } = PNG_TYPE;
  const width = Math.max(1, Math.round(chartWidth));
  const inner = Math.max(1, width - 2 * padding);
  let y = padding;
  const place = (lines: string[], type: { size: number; line: number }) =>
    lines.map((text) => {
      const baseline = y + type.size;
      y += type.line;
      return { text, x: padding, y: baseline };
    });
  const titleLines = place(wrap(frame.title, inner, 'title', measure), title);
  const subtitleText = [frame.name, frame.date].filter(Boolean).join(' · ');
  const subtitleLines = place(wrap(subtitleText, inner, 'text', measure), subtitle);
  const chart = { x: 0, y: Math.round(y + gap), width, height: Math.round(chartHeight) };
  y = chart.y + chart.height + (frame.legend.length > 0 ? gap : 0);
  const entries: PngLayout['legend'] = [];
  let x = padding;
  for (const [index, label] of frame.legend.entries()) {
    const labelWidth = Math.min(measure(label, 'text'), inner - swatch.width - swatch.gap);
    const entryWidth = swatch.width + swatch.gap + labelWidth;
    if (index === 0 || x + entryWidth > width - padding) {
      x = padding;
      y += index === 0 ? 0 : legend.line;
    }
    const middle = y + legend.line / 2;
    entries.push({
      swatch: { x, y: middle - swatch.height / 2, width: swatch.width, height: swatch.height },
      label: { text: label, x: x + swatch.width + swatch.gap, y: middle + legend.size * 0.35 },
    });
    x += entryWidth + legendGap;
  }
  if (entries.length > 0) y += legend.line;
  return {
    width,
    height: Math.round(y + padding),
    title: titleLines,
    subtitle: subtitleLines,
    chart,
    legend: entries,
  };
}

/** A drawn line or band of the chart: its name and look, read from the live SVG. */
type Series = {
  name: string;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  fill: string;
  fillOpacity: number;
};

/**
 * The chart's lines and bands as drawn (recharts names each outline after its series), in
 * drawing order, so the legend shows each with its own stroke, dash and fill.
 */
function drawnSeries(svg: SVGSVGElement): Series[] {
  return [...svg.querySelectorAll('path[name]')]
    .filter(
      (path) => !path.hasAttribute('transform') && (path.getAttribute('d') ?? '').includes('L'),
    )
    .map((path) => {
      const style = getComputedStyle(path);
      return {
        name: path.getAttribute('name') ?? '',
        stroke: style.stroke,
        strokeWidth: Number.parseFloat(style.strokeWidth) || 1,
        dash:
          style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(Number),
        fill: style.fill,
        fillOpacity: Number.parseFloat(style.fillOpacity),
      };
    })
    .filter((series) => series.stroke !== 'none');
}

async function chartImage(svg: SVGSVGElement, width: number, height: number) {
  const inner = [...svg.children].map(markup).join('');
  const source = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`;
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Renders an on-screen SVG chart to a PNG at `scale` times its size, on a white background. With
 * a `frame`, the picture gets the frame's title, name and date above the chart and a legend of
 * the drawn lines below it (see pngLayout), in the page's own font and colours.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2, frame?: PngFrame): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = await chartImage(svg, width, height);
  const series = frame ? drawnSeries(svg) : [];
  const family = getComputedStyle(svg).fontFamily || 'sans-serif';
  const ink = getComputedStyle(svg).getPropertyValue('--ink').trim() || '#1b1f1e';
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas');
  const fonts = {
    title: `700 ${PNG_TYPE.title.size}px ${family}`,
    text: `400 ${PNG_TYPE.subtitle.size}px ${family}`,
  };
  const measure: Measure = (text, font) => {
    context.font = fonts[font];
    return context.measureText(text).width;
  };
  const layout = frame
    ? pngLayout(
        width,
        height,
        { ...frame, legend: series.map((line, index) => frame.legend?.[index] ?? line.name) },
        measure,
      )
    : null;
  canvas.width = Math.round((layout?.width ?? width) * scale);
  canvas.height = Math.round((layout?.height ?? height) * scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  if (!layout) {
    context.drawImage(image, 0, 0, width, height);
  } else {
    const { chart } = layout;
    context.drawImage(image, chart.x, chart.y, chart.width, chart.height);
    context.fillStyle = ink;
    context.font = fonts.title;
    for (const line of layout.title) context.fillText(line.text, line.x, line.y);
    context.font = fonts.text;
    for (const line of layout.subtitle) context.fillText(line.text, line.x, line.y);
    layout.legend.forEach(({ swatch, label }, index) => {
      const look = series[index];
      if (look) drawSwatch(context, swatch, look);
      context.fillStyle = ink;
      context.font = fonts.text;
      context.fillText(label.text, label.x, label.y, layout.width - PNG_TYPE.padding - label.x);
    });
  }
  return await new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
  );
}

/** A line's sample in the legend: its fill (if any) as a box, its stroke and dash across it. */
function drawSwatch(
  context: CanvasRenderingContext2D,
  box: PngLayout['legend'][number]['swatch'],
  look: Series,
) {
  context.save();
  if (look.fill !== 'none' && look.fillOpacity > 0) {
    context.globalAlpha = look.fillOpacity;
    context.fillStyle = look.fill;
    context.fillRect(box.x, box.y, box.width, box.height);
    context.globalAlpha = 1;
  }
  context.strokeStyle = look.stroke;
  context.lineWidth = look.strokeWidth;
  context.setLineDash(look.dash);
  context.beginPath();
  context.moveTo(box.x, box.y + box.height / 2);
  context.lineTo(box.x + box.width, box.y + box.height / 2);
  context.stroke();
  context.restore();
}
