import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '@/components/ui/i18n';
import { formatDay, weekdayNames } from '@/utils/log/format';
import type { DayCell } from '@/utils/log/stats';

const CELL = 11;
const GAP = 2;
const LEFT = 34;
const TOP = 22;
const STEP = CELL + GAP;
/** Height of one band of weeks (month labels, 7 days, a little air). */
const BAND = TOP + 7 * STEP + 6;

/**
 * How many bands of weeks the year is drawn in, by panel width: the picture is scaled to the
 * panel, and a day must stay at least 10 px. Measured in Chromium, the SVG gets the panel's
 * width minus ~16 px; a band of n weeks is 34 + 13n units, a day 11 of them. One band (53
 * weeks) needs ~675 px; at 250 px four bands give ~12 px days (two gave 6.7 px).
 */
export const HEATMAP_BANDS: readonly { query: string; bands: number }[] = [
  { query: '(max-width: 300px)', bands: 4 },
  { query: '(max-width: 399px)', bands: 3 },
  { query: '(max-width: 680px)', bands: 2 },
];

const pick = () => (typeof matchMedia === 'function' ? HEATMAP_BANDS.find((b) => matchMedia(b.query).matches)?.bands : undefined) ?? 1;

function useBands(): number {
  const [bands, setBands] = useState(pick);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const queries = HEATMAP_BANDS.map((b) => matchMedia(b.query));
    const onChange = () => setBands(pick());
    onChange();
    for (const q of queries) q.addEventListener('change', onChange);
    return () => queries.forEach((q) => q.removeEventListener('change', onChange));
  }, []);
  return bands;
}

/**
 * The 12-month calendar: one square per day, a column per week (Monday at the top). It is an
 * ARIA grid: every day is a cell labelled with its date and count; one cell is in the tab
 * order and the arrow keys move between days (left/right a week, up/down a day).
 * Below ~675 px the year is drawn as 2–4 bands of weeks, one under the other (useBands): a
 * whole year in one row would be ~4 px squares and unreadable labels at 250 px.
 */
export function Heatmap({ cells, titleId }: { cells: DayCell[]; titleId: string }) {
  const { t, tp, lang } = useT();
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGRectElement>());
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  const perBand = Math.ceil(weeks / useBands());
  const bands = Math.ceil(weeks / perBand);
  const width = LEFT + perBand * STEP;
  const height = bands * BAND - 6;
  const x = (week: number) => LEFT + (week % perBand) * STEP;
  const bandTop = (week: number) => Math.floor(week / perBand) * BAND;
  const names = weekdayNames(lang);
  const index = useMemo(() => new Map(cells.map((c, i) => [c.day, i])), [cells]);
  const current = active !== null && index.has(active) ? active : (cells.at(-1)?.day ?? null);

  const rows = useMemo(() => {
    const r: DayCell[][] = Array.from({ length: 7 }, () => []);
    for (const c of cells) r[c.weekday]!.push(c);
    return r;
  }, [cells]);

  // A label over the week where each month starts; the partial first month only if it has room.
  const months = useMemo(() => {
    const starts = cells.filter((c) => c.day.endsWith('-01'));
    const first = cells[0];
    const withFirst = first && !first.day.endsWith('-01') && (starts[0]?.week ?? Infinity) - first.week >= 4 ? [first, ...starts] : starts;
    // A label needs about three weeks of room before the end of its band.
    return withFirst
      .filter((c) => c.week % perBand <= perBand - 3)
      .map((c) => ({ week: c.week, label: formatDay(lang, c.day, 'month') }));
  }, [cells, lang, perBand]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (current === null) return;
    const i = index.get(current)!;
    const next =
      e.key === 'ArrowRight' ? i + 7
      : e.key === 'ArrowLeft' ? i - 7
      : e.key === 'ArrowDown' ? i + 1
      : e.key === 'ArrowUp' ? i - 1
      : e.key === 'Home' ? 0
      : e.key === 'End' ? cells.length - 1
      : null;
    if (next === null) return;
    e.preventDefault();
    const cell = cells[Math.max(0, Math.min(cells.length - 1, next))]!;
    setActive(cell.day);
    refs.current.get(cell.day)?.focus();
  };

  return (
    <svg className="heatmap" viewBox={`0 0 ${width} ${height}`} role="grid" aria-labelledby={titleId} onKeyDown={onKeyDown} data-testid="heatmap">
      {months.map((m) => (
        <text key={m.week} className="chart-text chart-text--muted" x={x(m.week)} y={bandTop(m.week) + TOP - 6} aria-hidden="true">
          {m.label}
        </text>
      ))}
      {rows.map((row, weekday) => (
        <g key={weekday} role="row">
          {weekday % 2 === 0 &&
            Array.from({ length: bands }, (_, band) => (
              <text key={band} className="chart-text chart-text--muted" x={0} y={band * BAND + TOP + weekday * STEP + CELL - 2} aria-hidden="true">
                {names[weekday]}
              </text>
            ))}
          {row.map((c) => {
            const label = `${formatDay(lang, c.day)}: ${tp('log_posts', c.count)}${c.level === 'none' ? '' : ` (${t(`log_level_${c.level}`)})`}`;
            return (
              <rect
                key={c.day}
                ref={(el) => {
                  if (el) refs.current.set(c.day, el);
                  else refs.current.delete(c.day);
                }}
                role="gridcell"
                aria-label={label}
                tabIndex={c.day === current ? 0 : -1}
                className={`heat heat--${c.level}`}
                x={x(c.week)}
                y={bandTop(c.week) + TOP + c.weekday * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                data-day={c.day}
                data-count={c.count}
                onFocus={() => setActive(c.day)}
              >
                <title>{label}</title>
              </rect>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
