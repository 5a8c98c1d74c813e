import type { RadarAxis } from './radar-types';

/**
 * Where a radar's spoke labels go. Each label (number, short name, score, flag) may wrap into
 * lines; the chart takes the largest radius at which every label lies inside the drawing, clear
 * of the circle and of every other label. Pure: the caller measures text (src/lib/text-width.ts).
 */

export type TickPiece = {
  text: string;
  kind: 'number' | 'name' | 'note' | 'flag';
  /** A space follows this piece (not after "Co-" in "Co-ownership", which may break there). */
  spaceAfter: boolean;
};

/** One line of a label: its pieces and where it is anchored (see PlacedTick.anchor). */
export type TickLine = {
  pieces: TickPiece[];
  x: number;
  y: number;
  /**
   * The space between this line's last word and the next line's first: drawn at size 0, so the
   * label reads as words ("1 Sound finances") without the space widening the line.
   */
  spaceAfter: boolean;
};

export type Box = { left: number; top: number; right: number; bottom: number };
export type PlacedTick = { anchor: 'start' | 'middle' | 'end'; lines: TickLine[]; box: Box };
export type RadarLayout = {
  cx: number;
  cy: number;
  radius: number;
  /** The labels' type size in px: the chart's own, or a little smaller where that cannot fit. */
  fontSize: number;
  ticks: PlacedTick[];
};

type Side = 'start' | 'middle' | 'end';
type Wrap = {
  lines: TickPiece[][];
  /** The width of each line and of the widest. */
  widths: number[];
  width: number;
  /** The number sits on a line of its own. */
  lone: boolean;
};
type Spoke = { cos: number; sin: number; side: Side; wraps: Wrap[] };

export type LayoutInput = {
  width: number;
  height: number;
  axes: RadarAxis[];
  fontSize: number;
  measure: (text: string, bold: boolean) => number;
};

const MAX_LINES = 4;
/** Free space kept inside the drawing's edge and between two labels, in px. */
const MARGIN = 2;
const CLEARANCE = 2;
/** A radius up to this much smaller is taken when its labels need fewer lines. */
const TRADE = 0.92;

/** The pieces of a spoke's label; a hyphenated word may break after its hyphen. */
export function tickPieces(axis: RadarAxis): TickPiece[] {
  const pieces: TickPiece[] = [{ text: String(axis.number), kind: 'number', spaceAfter: true }];
  for (const word of axis.name.split(/\s+/).filter(Boolean)) {
    const parts = word.split(/(?<=-)(?=\S)/);
    for (const [index, part] of parts.entries()) {
      pieces.push({ text: part, kind: 'name', spaceAfter: index === parts.length - 1 });
    }
  }
  if (axis.note) pieces.push({ text: `(${axis.note})`, kind: 'note', spaceAfter: true });
  if (axis.flag) pieces.push({ text: '⚑', kind: 'flag', spaceAfter: true });
  const last = pieces[pieces.length - 1];
  if (last) last.spaceAfter = false;
  return pieces;
}

const bold = (piece: TickPiece) => piece.kind === 'number' || piece.kind === 'flag';

/** Every way to break a label into 1 to 4 lines, keeping for each count the narrowest. */
function wrapsOf(pieces: TickPiece[], measure: LayoutInput['measure']): Wrap[] {
  const space = measure(' ', false);
  const gaps = pieces.length - 1;
  const best = new Map<string, Wrap>();
  for (let mask = 0; mask < 1 << Math.max(0, gaps); mask += 1) {
    const lines: TickPiece[][] = [[]];
    pieces.forEach((piece, index) => {
      lines[lines.length - 1]?.push(piece);
      if (index < gaps && mask & (1 << index)) lines.push([]);
    });
    if (lines.length > MAX_LINES) continue;
    const widths = lines.map((line) => {
      let width = 0;
      line.forEach((piece, at) => {
        width += measure(piece.text, bold(piece));
        if (at < line.length - 1 && piece.spaceAfter) width += space;
      });
      return width;
    });
    const width = Math.max(...widths);
    // The number on a line of its own: only where nothing else fits (it is costlier).
    const lone = lines[0]?.length === 1 && pieces[0]?.kind === 'number' && lines.length > 1;
    const key = `${lines.length}${lone}`;
    const known = best.get(key);
    if (!known || width < known.width) best.set(key, { lines, widths, width, lone });
  }
  return [...best.values()].sort((a, b) => a.lines.length - b.lines.length);
}

function spokesOf(input: LayoutInput): Spoke[] {
  const count = input.axes.length;
  return input.axes.map((axis, index) => {
    // recharts starts at the top and goes clockwise.
    const angle = ((90 - (index * 360) / count) * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const side: Side = cos > 0.15 ? 'start' : cos < -0.15 ? 'end' : 'middle';
    return { cos, sin, side, wraps: wrapsOf(tickPieces(axis), input.measure) };
  });
}

type Geometry = {
  width: number;
  height: number;
  cx: number;
  cy: number;
  gap: number;
  line: number;
};

/** How far the nearest point of a box lies from the chart's centre. */
function reach(box: Box, g: Geometry): number {
  const dx = Math.max(box.left - g.cx, 0, g.cx - box.right);
  const dy = Math.max(box.top - g.cy, 0, g.cy - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * A label's box: beyond the end of its spoke, on the outer side (right of the chart it starts
 * there, left of it it ends there), with `raise` of its height above the spoke's end; pushed out
 * along the spoke until no corner comes closer to the chart than the gap.
 */
function boxOf(spoke: Spoke, wrap: Wrap, raise: number, radius: number, g: Geometry): Box {
  const height = wrap.lines.length * g.line;
  let distance = radius + g.gap;
  let box: Box = { left: 0, top: 0, right: 0, bottom: 0 };
  for (let step = 0; step < 4; step += 1) {
    const x = g.cx + distance * spoke.cos;
    const y = g.cy - distance * spoke.sin;
    const left =
      spoke.side === 'start' ? x : spoke.side === 'end' ? x - wrap.width : x - wrap.width / 2;
    const top = y - height * raise;
    box = { left, top, right: left + wrap.width, bottom: top + height };
    const short = radius + g.gap - reach(box, g);
    if (short < 0.5) break;
    distance += short;
  }
  return box;
}

function fits(box: Box, g: Geometry): boolean {
  return (
    box.left >= MARGIN &&
    box.top >= MARGIN &&
    box.right <= g.width - MARGIN &&
    box.bottom <= g.height - MARGIN
  );
}

function overlap(a: Box, b: Box): boolean {
  return (
    a.left < b.right + CLEARANCE &&
    b.left < a.right + CLEARANCE &&
    a.top < b.bottom + CLEARANCE &&
    b.top < a.bottom + CLEARANCE
  );
}

type Choice = { boxes: Box[]; picks: number[]; cost: number };
type Option = { wrap: number; box: Box; cost: number };

/** How far a label may sit above its spoke's end: none, a quarter … all of it. */
const RAISES = [0, 0.25, 0.5, 0.75, 1];

/**
 * Drops every option that overlaps all options of a neighbour on the ring, until none is left
 * to drop; false when a label has no option left (nothing fits at this radius). Cheap, and it
 * spares the search most dead ends.
 */
function prune(options: Option[][]): boolean {
  const count = options.length;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < count; i += 1) {
      const here = options[i] ?? [];
      const neighbours = [options[(i + count - 1) % count] ?? [], options[(i + 1) % count] ?? []];
      const kept = here.filter((option) =>
        neighbours.every((list) => list.some((other) => !overlap(option.box, other.box))),
      );
      if (kept.length === 0) return false;
      if (kept.length < here.length) {
        options[i] = kept;
        changed = true;
      }
    }
  }
  return true;
}

/** How many partial layouts one radius may try before it settles for the best found so far. */
const BUDGET = 4000;

/**
 * Each label's wrap and height that fit at this radius without overlapping, at the least cost:
 * few lines first, then labels level with their spoke (a label above the top spoke, below the
 * bottom one, halfway beside the side ones). A depth-first search round the chart, cheapest
 * options first, that drops any partial layout already dearer than the best one found.
 */
function choose(spokes: Spoke[], radius: number, g: Geometry): Choice | null {
  const options: Option[][] = spokes.map((spoke) => {
    const natural = (1 + spoke.sin) / 2;
    // Above the top spoke and below the bottom one; beside the others, at any height.
    const raises = spoke.side === 'middle' ? [natural] : RAISES;
    return spoke.wraps
      .flatMap((wrap, index) =>
        raises.map((raise) => ({
          wrap: index,
          box: boxOf(spoke, wrap, raise, radius, g),
          cost: wrap.lines.length * 10 + (wrap.lone ? 6 : 0) + Math.abs(raise - natural) * 4,
        })),
      )
      .filter((option) => fits(option.box, g))
      .sort((a, b) => a.cost - b.cost);
  });
  if (!prune(options)) return null;
  // The least the labels from i on can still cost, to cut a search that cannot win.
  const rest = options.map(() => 0);
  for (let i = options.length - 1; i >= 0; i -= 1) {
    rest[i] = (options[i]?.[0]?.cost ?? 0) + (rest[i + 1] ?? 0);
  }
  let best: Choice | null = null;
  let budget = BUDGET;
  const picked: Option[] = [];
  const visit = (i: number, cost: number) => {
    budget -= 1;
    if (best && cost + (rest[i] ?? 0) >= best.cost) return;
    if (i === options.length) {
      best = {
        boxes: picked.map((option) => option.box),
        picks: picked.map((option) => option.wrap),
        cost,
      };
      return;
    }
    for (const option of options[i] ?? []) {
      if (budget <= 0) return;
      if (picked.some((other) => overlap(other.box, option.box))) continue;
      picked.push(option);
      visit(i + 1, cost + option.cost);
      picked.pop();
    }
  };
  visit(0, 0);
  return best;
}

function place(spokes: Spoke[], choice: Choice, g: Geometry): PlacedTick[] {
  return spokes.map((spoke, i) => {
    const wrap = spoke.wraps[choice.picks[i] ?? 0] as Wrap;
    const box = choice.boxes[i] as Box;
    const x =
      spoke.side === 'start'
        ? box.left
        : spoke.side === 'end'
          ? box.right
          : (box.left + box.right) / 2;
    const lines = wrap.lines.map((pieces, index) => ({
      pieces,
      x,
      y: box.top + (index + 0.5) * g.line,
      spaceAfter: index < wrap.lines.length - 1 && Boolean(pieces.at(-1)?.spaceAfter),
    }));
    return { anchor: spoke.side, lines, box };
  });
}

/** The largest radius at which the labels fit (or one a little smaller, with fewer lines). */
function search(
  spokes: Spoke[],
  largest: number,
  g: Geometry,
): { radius: number; choice: Choice } | null {
  // Coarse steps down to the first radius that works, then px by px back up to the largest.
  const step = Math.max(2, Math.round(largest / 25));
  let radius = largest;
  while (radius >= 8 && !choose(spokes, radius, g)) radius -= step;
  if (radius < 8) return null;
  let top = radius;
  for (let up = radius + 1; up < radius + step && up <= largest; up += 1) {
    if (choose(spokes, up, g)) top = up;
  }
  let found = { radius: top, choice: choose(spokes, top, g) as Choice };
  // A slightly smaller chart is better if its labels need fewer lines.
  for (let down = top - step; down >= top * TRADE; down -= step) {
    const choice = choose(spokes, down, g);
    if (choice && choice.cost < found.choice.cost) found = { radius: down, choice };
  }
  return found;
}

/** Type a little smaller than the chart's, tried in turn where the labels cannot fit. */
const SHRINK = [1, 0.93, 0.87];

/** The radius, centre and label positions for a radar of this size. */
export function layoutRadar(input: LayoutInput): RadarLayout {
  let last: RadarLayout | null = null;
  // First with every number beside its name's first word, a little smaller type if need be;
  // only then with a number on a line of its own.
  for (const lone of [false, true]) {
    for (const factor of SHRINK) {
      const fontSize = input.fontSize * factor;
      const measure = (text: string, bold: boolean) => input.measure(text, bold) * factor;
      const { layout, fits } = layoutAt({ ...input, fontSize, measure }, lone);
      if (fits) return layout;
      last ??= layout;
    }
  }
  return last as RadarLayout;
}

function layoutAt(input: LayoutInput, lone: boolean): { layout: RadarLayout; fits: boolean } {
  const g: Geometry = {
    width: input.width,
    height: input.height,
    cx: input.width / 2,
    cy: input.height / 2,
    gap: input.fontSize * 0.5,
    line: input.fontSize * 1.2,
  };
  const largest = Math.floor(Math.min(input.width, input.height) / 2 - MARGIN);
  const spokes = spokesOf(input).map((spoke) =>
    lone ? spoke : { ...spoke, wraps: spoke.wraps.filter((wrap) => !wrap.lone) },
  );
  let found = search(spokes, largest, g);
  const fits = found !== null;
  if (!found) {
    // Too small for every label to fit: the narrowest wraps on a small circle, as well as it goes.
    const radius = Math.max(8, Math.floor(largest * 0.4));
    const picks = spokes.map((spoke) => spoke.wraps.length - 1);
    const boxes = spokes.map((spoke, i) =>
      boxOf(spoke, spoke.wraps[picks[i] ?? 0] as Wrap, (1 + spoke.sin) / 2, radius, g),
    );
    found = { radius, choice: { boxes, picks, cost: 0 } };
  }
  return {
    fits,
    layout: {
      cx: g.cx,
      cy: g.cy,
      radius: found.radius,
      fontSize: input.fontSize,
      ticks: place(spokes, found.choice, g),
    },
  };
}
