// Intake metrics: draws the weekly median time to first contact with Chart.js, from the JSON data block the page
// carries (the content security policy allows no inline script). The tables on the page hold the same figures;
// the chart only pictures them, so without JavaScript nothing is missing.
(function () {
  'use strict';

  // Lines differ in colour, dash and point shape, so they can be told apart without seeing colour.
  var COLOURS = ['#0f5c63', '#9a3412', '#5b21b6', '#0b5394', '#3f6212', '#be185d', '#1f2a37'];
  var DASHES = [[], [6, 4], [2, 3], [10, 4, 2, 4], [1, 6], [12, 6], [4, 2]];
  var POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot', 'rectRounded'];

  function words(minutes) {
    var whole = Math.max(0, Math.floor(minutes));
    if (whole < 60) {
      return whole + ' min';
    }
    var hours = Math.floor(whole / 60);
    var rest = whole % 60;
    return hours + ' h' + (rest === 0 ? '' : ' ' + rest + ' min');
  }

  function draw() {
    var source = document.getElementById('intake-metrics-data');
    var figure = document.getElementById('intake-metrics-figure');
    var canvas = document.getElementById('intake-metrics-chart');
    if (!source || !figure || !canvas || typeof window.Chart === 'undefined') {
      return;
    }
    var data;
    try {
      data = JSON.parse(source.textContent);
    } catch (e) {
      return;
    }
    var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    var datasets = data.series.map(function (series, i) {
      var colour = COLOURS[i % COLOURS.length];
      return {
        label: series.name,
        data: series.minutes,
        borderColor: colour,
        backgroundColor: colour,
        borderDash: DASHES[i % DASHES.length],
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 4,
        borderWidth: 2,
        spanGaps: false
      };
    });
    datasets.push({
      label: data.targetLabel,
      data: data.labels.map(function () { return data.targetMinutes; }),
      borderColor: '#5b6472',
      backgroundColor: '#5b6472',
      borderDash: [3, 3],
      borderWidth: 1,
      pointStyle: 'line',
      pointRadius: 0,
      pointHoverRadius: 0
    });

    figure.hidden = false;
    window.Chart.defaults.font.size = 14;
    window.Chart.defaults.color = '#1f2a37';
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: {
        animation: reducedMotion ? false : undefined,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { title: { display: true, text: 'Week starting', color: '#1f2a37' }, ticks: { color: '#1f2a37' } },
          y: {
            beginAtZero: true,
            title: { display: true, text: 'Median, minutes of opening hours', color: '#1f2a37' },
            ticks: { color: '#1f2a37' }
          }
        },
        plugins: {
          legend: { labels: { usePointStyle: true, color: '#1f2a37' } },
          tooltip: {
            callbacks: {
              title: function (items) {
                return items.length ? data.weeks[items[0].dataIndex] : '';
              },
              label: function (item) {
                return item.dataset.label + ': ' + (item.parsed.y === null ? 'none' : words(item.parsed.y));
              }
            }
          }
        }
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
