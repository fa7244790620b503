// The dashboard's two charts. Their figures come from the page itself (data-chart attributes
// written by the server), the same figures its tables show to readers and assistive technology.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  Chart.defaults.locale = 'es-MX';
  // Figures appear at once: no motion to wait for or to distract.
  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  // Colours of the status badges, in the order of the lifecycle.
  var statusColours = ['#6c757d', '#8a1538', '#f0ad4e', '#198754', '#212529'];
  var seriesColours = ['#8a1538', '#dc3545', '#f0ad4e'];

  function data(canvas) {
    try {
      return JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return null;
    }
  }

  var byStatus = document.getElementById('grafica-estatus');
  var statusData = byStatus && data(byStatus);
  if (statusData) {
    new Chart(byStatus, {
      type: 'doughnut',
      data: {
        labels: statusData.labels,
        datasets: [{ data: statusData.values, backgroundColor: statusColours }]
      },
      options: {
        maintainAspectRatio: false,
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  var byArea = document.getElementById('grafica-areas');
  var areaData = byArea && data(byArea);
  if (areaData && areaData.labels.length === 0) {
    var none = document.createElement('p');
    none.className = 'text-muted';
    none.textContent = 'No hay compromisos abiertos.';
    byArea.parentNode.replaceWith(none);
  } else if (areaData) {
    new Chart(byArea, {
      type: 'bar',
      data: {
        labels: areaData.labels,
        datasets: areaData.series.map(function (series, i) {
          return { label: series.label, data: series.values, backgroundColor: seriesColours[i % seriesColours.length] };
        })
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }
})();
