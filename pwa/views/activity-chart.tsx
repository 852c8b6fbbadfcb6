// Activity per day for the current view (uPlot, loaded only when there is something to draw, so the first
// load stays small); clicking a day narrows the period to it.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { AppText } from '../app-text';

interface Props {
  text: AppText;
  perDay: [string, number][];
  onPickDay(day: string): void;
}

export default function ActivityChart({ text, perDay, onPickDay }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const pick = useRef(onPickDay);
  pick.current = onPickDay;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const xs = perDay.map(([d]) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const ys = perDay.map(([, n]) => n);
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth || 640),
        height: 160,
        legend: { show: false },
        scales: { x: { time: true } },
        series: [{}, { label: text.activityPerDay, stroke: '#0f4c81', fill: 'rgba(15,76,129,0.15)', paths: uPlot.paths.bars!({ size: [0.8, 40] }) }],
        axes: [{}, { size: 50 }],
        hooks: {
          ready: [
            (u) =>
              u.over.addEventListener('click', () => {
                const i = u.cursor.idx;
                if (i != null && perDay[i]) pick.current(perDay[i][0]);
              }),
          ],
        },
      },
      [xs, ys],
      el,
    );
    return () => plot.destroy();
  }, [perDay, text]);

  const busiest = perDay.reduce((a, b) => (b[1] > a[1] ? b : a), perDay[0]);
  return (
    <figure class="activity-chart">
      <figcaption>{text.activityPerDay}</figcaption>
      <div ref={host} role="img" aria-label={`${text.activityPerDay}: ${perDay.length} days, busiest ${busiest?.[0]} (${busiest?.[1]})`} />
    </figure>
  );
}
