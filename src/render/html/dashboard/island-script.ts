/**
 * The dashboard's browser island: draws the same ECharts option as the server's SVG (read from the
 * page's JSON), scaled to the width available, makes municipalities on the map clickable (to their
 * dashboard) and offers the chart as PNG. Without JavaScript the server's SVG stays.
 */
export const DASHBOARD_ISLAND_JS = `(() => {
  const data = document.getElementById('dashboard-chart');
  const holder = document.getElementById('dashboard-chart-island');
  const fallback = document.getElementById('dashboard-chart-svg');
  if (!data || !holder || !fallback || !window.echarts) return;
  const spec = JSON.parse(data.textContent);
  for (const [name, json] of Object.entries(spec.maps)) window.echarts.registerMap(name, json);
  const box = document.createElement('div');
  box.style.width = spec.width + 'px';
  box.style.height = spec.height + 'px';
  box.style.transformOrigin = '0 0';
  holder.appendChild(box);
  holder.hidden = false;
  fallback.hidden = true;
  const chart = window.echarts.init(box, null, { renderer: 'svg', width: spec.width, height: spec.height });
  chart.setOption(spec.option);
  const fit = () => {
    const k = Math.min(1, holder.parentElement.clientWidth / spec.width);
    box.style.transform = k < 1 ? 'scale(' + k + ')' : '';
    holder.style.height = Math.ceil(spec.height * k) + 'px';
  };
  fit();
  window.addEventListener('resize', fit);
  chart.on('click', (p) => {
    const href = spec.links[p.name];
    if (href) window.location.href = href;
  });
  holder.dataset.ready = 'true';
  const png = document.getElementById('download-png');
  if (png) {
    png.hidden = false;
    png.addEventListener('click', () => {
      const a = document.createElement('a');
      a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      a.download = spec.pngName;
      document.body.appendChild(a);
      a.click();
      a.remove();
    });
  }
})();
`;
