// <tl-chart option='{…}'>: one Apache ECharts chart (Apache-2.0; the WebJar org.webjars.npm:echarts, loaded before this
// file as the global `echarts`), drawn as SVG into a child <div> this element creates (drawing into the element Vaadin
// owns breaks the layout). The server (se.tryggalov.shared.ui.Chart) sends the ECharts option as JSON in the "option"
// attribute; text colour and font come from the page's Lumo theme. The chart is decoration for sighted readers: the
// element is aria-hidden and the page shows the same figures as a table or text beside it. It follows its width
// (ResizeObserver) and is redrawn to the paper's width when printed.
(function () {
  'use strict';

  var STYLE_ID = 'tl-chart-style';
  var CSS = [
    'tl-chart { display: block; width: 100%; max-width: 100%; min-width: 0; }',
    'tl-chart[hidden] { display: none; }',
    'tl-chart > .tl-chart-box { width: 100%; height: var(--tl-chart-height, 320px); }',
    '@media print {',
    '  tl-chart { break-inside: avoid; page-break-inside: avoid; }',
    '  tl-chart > .tl-chart-box { width: 17cm !important; }',
    '}'
  ].join('\n');

  function installStyle() {
    if (!document.getElementById(STYLE_ID)) {
      var style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = CSS;
      document.head.appendChild(style);
    }
  }

  class TlChart extends HTMLElement {
    static get observedAttributes() {
      return ['option'];
    }

    connectedCallback() {
      installStyle();
      this.setAttribute('aria-hidden', 'true');
      if (!this._box) {
        this._box = document.createElement('div');
        this._box.className = 'tl-chart-box';
        this.appendChild(this._box);
      }
      this._resize = () => this._chart && this._chart.resize();
      this._observer = new ResizeObserver(this._resize);
      this._observer.observe(this);
      window.addEventListener('beforeprint', this._resize);
      window.addEventListener('afterprint', this._resize);
      this._render(0);
    }

    disconnectedCallback() {
      if (this._observer) {
        this._observer.disconnect();
        this._observer = null;
      }
      window.removeEventListener('beforeprint', this._resize);
      window.removeEventListener('afterprint', this._resize);
      if (this._chart) {
        this._chart.dispose();
        this._chart = null;
      }
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this._render(0);
      }
    }

    _render(attempt) {
      if (!window.echarts) { // the library script is still on its way: the scripts load in order, but be patient
        if (attempt < 100) {
          setTimeout(() => this.isConnected && this._render(attempt + 1), 50);
        }
        return;
      }
      var raw = this.getAttribute('option');
      if (!raw) {
        return;
      }
      var option;
      try {
        option = JSON.parse(raw);
      } catch (e) {
        return;
      }
      if (!this._chart) {
        this._chart = window.echarts.init(this._box, null, { renderer: 'svg' });
      }
      var style = getComputedStyle(this);
      var text = style.getPropertyValue('--lumo-body-text-color').trim() || style.color || '#1f1f1f';
      var font = style.getPropertyValue('--lumo-font-family').trim() || style.fontFamily || 'sans-serif';
      option.textStyle = Object.assign({ color: text, fontFamily: font }, option.textStyle || {});
      option.animation = false;
      // "narrowXAxisLabel": how the category labels read on a phone (e.g. turned, so six district names do not
      // overlap at 360 px); applied when the chart is drawn narrower than 520 px
      if (option.narrowXAxisLabel) {
        if (this.clientWidth > 0 && this.clientWidth < 520 && option.xAxis && !Array.isArray(option.xAxis)) {
          option.xAxis.axisLabel = Object.assign({}, option.xAxis.axisLabel || {}, option.narrowXAxisLabel);
        }
        delete option.narrowXAxisLabel;
      }
      this._chart.setOption(option, true);
      this.setAttribute('data-rendered', 'true');
    }
  }

  if (!customElements.get('tl-chart')) {
    customElements.define('tl-chart', TlChart);
  }
})();
