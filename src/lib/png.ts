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

/** Renders an on-screen SVG chart to a PNG at `scale` times its size, on a white background. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const inner = [...svg.children].map(markup).join('');
  const source = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`;
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
