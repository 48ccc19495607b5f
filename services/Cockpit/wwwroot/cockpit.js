// The one piece of JavaScript: draw an ECharts option (JSON built in C#) into an element, and redraw on resize.
window.cockpitChart = {
  render(element, optionJson) {
    if (!element || !window.echarts) return;
    const chart = echarts.getInstanceByDom(element) || echarts.init(element);
    chart.setOption(JSON.parse(optionJson), true);
    if (!element.dataset.resizes) {
      element.dataset.resizes = "1";
      new ResizeObserver(() => chart.resize()).observe(element);
    }
  },
  dispose(element) {
    const chart = element && window.echarts && echarts.getInstanceByDom(element);
    if (chart) chart.dispose();
  },
};
window.cockpitFile = {
  // The text of the chosen file, read in the browser (a month's CSV) so it can be checked row by row before sending.
  readText(input) {
    const file = input && input.files && input.files[0];
    return file ? file.text() : Promise.resolve("");
  },
};
