// Progress bars take their width from data-percent: pages carry no style attributes, so that a
// Content-Security-Policy without 'unsafe-inline' styles holds (the CSSOM is not inline style).
(function () {
  'use strict';
  document.querySelectorAll('.progress-bar[data-percent]').forEach(function (bar) {
    var percent = Number(bar.getAttribute('data-percent'));
    if (percent >= 0 && percent <= 100) {
      bar.style.width = percent + '%';
    }
  });
})();
