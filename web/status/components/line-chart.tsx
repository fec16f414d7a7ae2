import { useState } from 'preact/hooks';

export interface ChartLine {
  label: string;
  values: (number | null)[];
  /** CSS class giving the stroke colour (line-a, line-b). */
  cls: string;
}

interface Props {
  title: string;
  lines: ChartLine[];
  times: number[];
  format: (v: number) => string;
  /** Lower bound for the y-axis maximum, so a flat near-zero series does not look like noise. */
  minMax: number;
  /** Upper limit of the y-axis maximum (1 for ratios). */
  maxCap?: number;
}

const W = 600;
const H = 170;
const PAD = { left: 48, right: 8, top: 8, bottom: 22 };

function niceCeil(v: number): number {
  const exp = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= v) return m * exp;
  return 10 * exp;
}

/** Path for one series; null values break the line instead of being drawn as zero. */
function pathOf(values: (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const next = values[i + 1];
    const prev = values[i - 1];
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    // A lone point has no segment to draw: a tiny stroke with round caps shows it as a dot.
    if (!pen && (next === null || next === undefined) && (prev === null || prev === undefined)) d += 'h0.01';
    pen = true;
  });
  return d;
}

function latest(values: (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null && values[i] !== undefined) return values[i]!;
  return null;
}

export function LineChart({ title, lines, times, format, minMax, maxCap = Infinity }: Props) {
  const [hover, setHover] = useState<number | null>(null);
  const n = Math.max(1, times.length);
  const dataMax = Math.max(0, ...lines.flatMap((l) => l.values.filter((v): v is number => v !== null)));
  const max = Math.min(maxCap, niceCeil(Math.max(minMax, dataMax)));
  const x = (i: number) => PAD.left + (i / Math.max(1, n - 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - Math.min(v, max) / max) * (H - PAD.top - PAD.bottom);
  const spanMin = times.length > 1 ? Math.round((times[times.length - 1]! - times[0]!) / 60_000) : 0;
  const onMove = (e: MouseEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * W;
    const i = Math.round(((px - PAD.left) / (W - PAD.left - PAD.right)) * (n - 1));
    setHover(i >= 0 && i < n ? i : null);
  };
  const at = hover ?? n - 1;
  const when = hover === null ? 'now' : new Date(times[at] ?? 0).toLocaleTimeString();
  return (
    <figure class="chart">
      <figcaption>
        <span class="chart-title">{title}</span>
        <span class="chart-values">
          {lines.map((l) => {
            const v = hover === null ? latest(l.values) : (l.values[at] ?? null);
            return (
              <span key={l.label} class={`legend ${l.cls}`}>
                <i aria-hidden="true" />
                {l.label} {v === null ? '–' : format(v)}
              </span>
            );
          })}
          <span class="chart-when">{when}</span>
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} over the last ${spanMin} minutes`} onMouseMove={onMove} onMouseLeave={() => setHover(null)}>
        {[0, 0.5, 1].map((f) => (
          <g key={f} class="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} />
            <text x={PAD.left - 6} y={y(max * f) + 4} text-anchor="end">
              {format(max * f)}
            </text>
          </g>
        ))}
        {[0, 1 / 3, 2 / 3, 1].map((f) => (
          <text key={f} class="axis" x={PAD.left + f * (W - PAD.left - PAD.right)} y={H - 6} text-anchor={f === 0 ? 'start' : f === 1 ? 'end' : 'middle'}>
            {f === 1 ? 'now' : `−${Math.round(spanMin * (1 - f))} min`}
          </text>
        ))}
        {hover !== null ? <line class="cursor" x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={H - PAD.bottom} /> : null}
        {lines.map((l) => (
          <path key={l.label} class={`series ${l.cls}`} d={pathOf(l.values, x, y)} />
        ))}
      </svg>
    </figure>
  );
}
