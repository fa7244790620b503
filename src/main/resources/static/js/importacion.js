// The import page: a file far above the limit never reaches the server's own message: the upload
// is cut off before the form's token is read. Say it here, before sending anything.
(function () {
  'use strict';
  document.getElementById('upload').addEventListener('submit', function (event) {
    var form = event.target;
    var file = form.querySelector('#file').files[0];
    var max = Number(form.dataset.maxBytes);
    if (file && file.size > max) {
      event.preventDefault();
      var error = document.getElementById('size-error');
      error.textContent = 'El archivo pesa ' + (file.size / 1048576).toFixed(1) + ' MB y el máximo para importar es '
          + (max / 1048576).toFixed(1) + ' MB. Un anexo de un año ocupa mucho menos: revise que sea el archivo correcto, o divídalo.';
      error.hidden = false;
      error.focus();
    }
  });
})();
