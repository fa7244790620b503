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

// After the claim, Tasklist loads the task again and renders its form anew; if it has not within
// this long of quiet (no request about the task under way), the form it shows is the one to use.
const QUIET_MS = 4000;

// Tasklist may render the form more than once after the claim (the task, then its variables): the
// form takes input once it has stood this long unchanged, with no request about the task under way.
const SETTLE_MS = 1000;

// The claim under way, if any: the task, the requests about it not yet answered, whether the
// claim was answered (and refused), and when the last of those requests ended.
let claim = null;

/**
 * The form Tasklist shows now, if it has fields, as the id of its first field: each rendering of a
 * form (a new Camunda Forms instance, even in the same element) gives its fields new ids.
 */
function currentForm() {
  const form = document.querySelector('.form-pane .fjs-form');
  const field = form && form.querySelector('input[id], textarea[id]');
  return field ? field.id : null;
}

function formsShown() {
  return new Set(
    Array.from(document.querySelectorAll('.form-pane .fjs-form input[id], .form-pane .fjs-form textarea[id]'))
      .map((field) => field.id)
  );
}

/**
 * Tasklist has finished claiming: the claim answered, no request about the task under way, and a
 * form rendered after the claim began (the one shown before it is about to be replaced), or, if
 * Tasklist renders none, a while of quiet.
 */
function claimSettled() {
  if (claim.failed) {
    return claim.pending.size === 0;
  }
  if (!claim.answered || claim.pending.size > 0) {
    return false;
  }
  const form = currentForm();
  if (form !== claim.lastForm) {
    // A form rendered (or removed) just now: wait for it to stand.
    claim.lastForm = form;
    claim.quietSince = Date.now();
    setTimeout(update, SETTLE_MS + 50);
    return false;
  }
  const quiet = Date.now() - claim.quietSince;
  if (form && !claim.staleForms.has(form)) {
    return quiet >= SETTLE_MS;
  }
  return quiet >= QUIET_MS;
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
    claim = {
      taskId: decodeURIComponent(claimed[1]),
      pending: new Set(),
      answered: false,
      failed: false,
      quietSince: Date.now(),
      // The forms shown before the claim: Tasklist replaces them once it has claimed.
      staleForms: formsShown(),
      lastForm: currentForm()
    };
  }
  // The claim itself, and Tasklist loading the task and its form again.
  if (claim && (this.segUrl || '').indexOf('/task/' + claim.taskId) !== -1) {
    const current = claim;
    current.pending.add(this);
    this.addEventListener('loadend', () => {
      current.pending.delete(this);
      current.quietSince = Date.now();
      if (claimed) {
        current.answered = true;
        current.failed = this.status < 200 || this.status >= 300;
      }
      // Settles once the new form has stood, or by quiet if Tasklist renders no new form.
      setTimeout(update, SETTLE_MS + 50);
      setTimeout(update, QUIET_MS + 50);
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
