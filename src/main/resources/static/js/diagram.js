// The commitment's process diagram (bpmn-js viewer), with the current activity and the path
// already taken marked. The model is the deployed BPMN, served by /compromisos/{id}/diagrama.
(function () {
  'use strict';
  var container = document.getElementById('diagrama');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  function ids(attribute) {
    var value = container.getAttribute(attribute) || '';
    return value.split(' ').filter(function (id) { return id.length > 0; });
  }
  function fail() {
    container.classList.add('app-diagram-failed');
    container.setAttribute('role', 'status');
    container.textContent = 'No fue posible mostrar el diagrama del proceso.';
  }
  var viewer = new BpmnJS({ container: container });
  fetch(container.getAttribute('data-xml-url'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      ids('data-passed').forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'app-passed'); }
      });
      ids('data-current').forEach(function (id) {
        if (registry.get(id)) { canvas.addMarker(id, 'app-current'); }
      });
      canvas.zoom('fit-viewport', 'auto');
      container.setAttribute('data-rendered', 'true');
    })
    .catch(fail);
})();
