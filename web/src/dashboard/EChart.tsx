import { useEffect, useRef } from 'react';
import { BarChart, FunnelChart, HeatmapChart } from 'echarts/charts';
import type { BarSeriesOption, FunnelSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
// ECharts' `use` registers parts; it is no React hook, hence the other name.
import { init, use as registerParts, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the dashboard draws, so that the chunk carries a fraction of ECharts (its full build is ~1 MB).
registerParts([
  BarChart,
  FunnelChart,
  HeatmapChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/**
 * One ECharts chart, redrawn when its option changes and resized with its box. A few lines rather than
 * echarts-for-react: that wrapper adds two dependencies for what init, setOption, resize and dispose do.
 * The drawing is an image to assistive technology, named by `label` (its numbers in words).
 */
export function EChart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = box.current!;
    // SVG rather than canvas: sharp at any zoom, and the few dozen shapes here draw as fast.
    const instance = init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ height, width: '100%' }} />;
}
