/*
 * Seguimiento de Compromisos: the link bar between the dashboard and Camunda's webapps
 * (Tareas = Tasklist, Procesos = Cockpit, Administración = Admin). It takes the place of the
 * vendor's banner at the top of the webapps' header and shows only the applications the
 * signed-in user may open (Camunda's own list of authorized apps).
 *
 * Loaded by each webapp's scripts/config.js (customScripts).
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root'); // e.g. "/camunda"
const currentApp = base.getAttribute('app-name'); // "tasklist", "cockpit", "admin", "welcome"
const siteRoot = appRoot.replace(/\/camunda$/, '');

const LINKS = [
  { app: null, label: 'Tablero', href: siteRoot + '/' },
  { app: 'tasklist', label: 'Tareas', href: appRoot + '/app/tasklist/default/' },
  { app: 'cockpit', label: 'Procesos', href: appRoot + '/app/cockpit/default/' },
  { app: 'admin', label: 'Administración', href: appRoot + '/app/admin/default/' }
];

let authorizedApps = [];

function render(bar) {
  const list = document.createElement('ul');
  LINKS.filter((link) => link.app === null || authorizedApps.includes(link.app)).forEach((link) => {
    const item = document.createElement('li');
    const anchor = document.createElement('a');
    anchor.href = link.href;
    anchor.textContent = link.label;
    if (link.app === currentApp) {
      anchor.setAttribute('aria-current', 'page');
    }
    item.appendChild(anchor);
    list.appendChild(item);
  });
  const title = document.createElement('span');
  title.className = 'seg-barra-titulo';
  title.textContent = 'Seguimiento de Compromisos';
  bar.replaceChildren(title, list);
}

function ensureBar() {
  const header = document.querySelector('[cam-widget-header]');
  // Wait until Angular has rendered the header's own template, which would replace our node.
  if (!header || !header.querySelector('.navbar-header')) {
    return;
  }
  let bar = header.querySelector('nav.seg-barra');
  if (!bar) {
    bar = document.createElement('nav');
    bar.className = 'seg-barra';
    bar.setAttribute('aria-label', 'Aplicaciones de Seguimiento de Compromisos');
    header.insertBefore(bar, header.firstChild);
    render(bar);
  }
}

function refreshAuthorizedApps() {
  return fetch(appRoot + '/api/admin/auth/user/default', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : { authorizedApps: [] }))
    .then((user) => {
      authorizedApps = Array.isArray(user.authorizedApps) ? user.authorizedApps : [];
    })
    .catch(() => {
      authorizedApps = [];
    })
    .then(() => {
      const bar = document.querySelector('nav.seg-barra');
      if (bar) {
        render(bar);
      }
      ensureBar();
    });
}

new MutationObserver(ensureBar).observe(document.documentElement, { childList: true, subtree: true });
// Signing in or out inside the webapp changes the user without reloading the page.
window.addEventListener('hashchange', refreshAuthorizedApps);
refreshAuthorizedApps();
