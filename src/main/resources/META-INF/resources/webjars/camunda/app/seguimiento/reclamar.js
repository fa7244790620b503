/*
 * Seguimiento de Compromisos: nothing typed is lost to a claim.
 *
 * When someone presses "Reclamar", Tasklist claims the task, loads it again, moves the focus to
 * the assignee and may render the form anew: whatever was typed into the form before the claim, or
 * while it is under way, can be lost. So a task's form takes input only once the task is claimed by
 * the person and Tasklist has finished claiming it: until then the form is inert (it cannot be
 * focused or typed into) and says why. Our own pages open tasks already claimed (/tareas/{id}).
 *
 * Loaded by tasklist/scripts/config.js (customScripts).
 */
const CLAIM = /\/task\/([^/?]+)\/claim$/;
const NOTE_CLASS = 'seg-formulario-inactivo';
const CLAIMING = 'Reclamando la tarea… El formulario se habilita en cuanto termine.';
const NOT_CLAIMED = 'Para llenar el formulario, reclame la tarea: debe estar a su nombre.';

// The claim under way, if any: the task, and the requests about it not yet answered.
let claim = null;

/** Tasklist has finished claiming: no request about the task under way, and its form rendered. */
function claimSettled() {
  if (claim.pending.size > 0) {
    return false;
  }
  return claim.failed || document.querySelector('.form-pane .fjs-form input, .form-pane .fjs-form textarea');
}

function reason(pane) {
  if (claim) {
    return CLAIMING;
  }
  // Tasklist marks the form of a task the person has not claimed (options.disableForm) but still
  // lets it be typed into.
  return pane.querySelector('.disabled-form') ? NOT_CLAIMED : null;
}

function update() {
  if (claim && claimSettled()) {
    claim = null;
  }
  document.querySelectorAll('.' + NOTE_CLASS).forEach((note) => {
    const next = note.nextElementSibling;
    if (!next || !next.classList.contains('form-pane')) {
      note.remove();
    }
  });
  document.querySelectorAll('.form-pane').forEach((pane) => {
    const why = reason(pane);
    const before = pane.previousElementSibling;
    const note = before && before.classList.contains(NOTE_CLASS) ? before : null;
    if (!why) {
      if (pane.hasAttribute('inert')) {
        pane.removeAttribute('inert');
        pane.removeAttribute('aria-busy');
      }
      if (note) {
        note.remove();
      }
      return;
    }
    if (!pane.hasAttribute('inert')) {
      pane.setAttribute('inert', '');
    }
    if (claim && pane.getAttribute('aria-busy') !== 'true') {
      pane.setAttribute('aria-busy', 'true');
    }
    // The note stands before the inert form, so that screen readers read it too.
    let shown = note;
    if (!shown) {
      shown = document.createElement('p');
      shown.className = NOTE_CLASS;
      shown.setAttribute('role', 'status');
      pane.parentNode.insertBefore(shown, pane);
    }
    if (shown.textContent !== why) {
      shown.textContent = why;
    }
  });
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;

XMLHttpRequest.prototype.open = function (method, url) {
  this.segUrl = String(url).split('?')[0];
  this.segMethod = String(method).toUpperCase();
  return open.apply(this, arguments);
};

XMLHttpRequest.prototype.send = function () {
  const claimed = this.segMethod === 'POST' && CLAIM.exec(this.segUrl || '');
  if (claimed) {
    claim = { taskId: decodeURIComponent(claimed[1]), pending: new Set(), failed: false };
  }
  // The claim itself, and Tasklist loading the task and its form again.
  if (claim && (this.segUrl || '').indexOf('/task/' + claim.taskId) !== -1) {
    const current = claim;
    current.pending.add(this);
    this.addEventListener('loadend', () => {
      current.pending.delete(this);
      if (claimed && (this.status < 200 || this.status >= 300)) {
        current.failed = true;
      }
      update();
    });
  }
  const sent = send.apply(this, arguments);
  update();
  return sent;
};

new MutationObserver(update).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class']
});
