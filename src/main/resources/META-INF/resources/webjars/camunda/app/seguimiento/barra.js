/*
 * Seguimiento de Compromisos: the link bar between our pages and Camunda's webapps
 * (Tareas = Tasklist, Procesos = Cockpit, Administración = Admin). It takes the place of the
 * vendor's banner at the top of the webapps' header and shows the same links as our pages'
 * bar (GET /api/navigation), each only to those who may open it. For the Commission, which
 * reads everything and changes nothing, it says so and marks the page so that the stylesheet
 * hides the buttons the engine would refuse.
 *
 * Loaded by each webapp's scripts/config.js (customScripts).
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root'); // e.g. "/camunda"
const currentApp = base.getAttribute('app-name'); // "tasklist", "cockpit", "admin", "welcome"
const siteRoot = appRoot.replace(/\/camunda$/, '');

// The bar appears once the application has said which links the person may open, so that it
// never shows a different set for a moment.
let loaded = false;
let links = [];
let readOnly = false;
let authorizedApps = [];

function render(bar) {
  const list = document.createElement('ul');
  // The application decides the links (the same as its own pages' bar); a webapp the engine
  // does not let the user open is left out as well.
  links
    .filter((link) => link.app === null || authorizedApps.includes(link.app))
    .forEach((link) => {
      const item = document.createElement('li');
      const anchor = document.createElement('a');
      anchor.href = siteRoot + link.path;
      anchor.textContent = link.label;
      if (link.app !== null && link.app === currentApp) {
        anchor.setAttribute('aria-current', 'page');
      }
      item.appendChild(anchor);
      list.appendChild(item);
    });
  const title = document.createElement('span');
  title.className = 'seg-barra-titulo';
  title.textContent = 'Seguimiento de Compromisos';
  const children = [title, list];
  if (readOnly) {
    const notice = document.createElement('span');
    notice.className = 'seg-solo-lectura-aviso';
    notice.setAttribute('role', 'note');
    notice.textContent = 'Consulta: solo lectura. Su cuenta no puede modificar, suspender ni eliminar.';
    children.push(notice);
  }
  bar.replaceChildren(...children);
}

function ensureBar() {
  if (!loaded) {
    return;
  }
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

function json(url) {
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(
    (response) => (response.ok ? response.json() : null)
  );
}

function refresh() {
  return Promise.all([
    json(appRoot + '/api/admin/auth/user/default').catch(() => null),
    json(siteRoot + '/api/navigation').catch(() => null)
  ]).then(([user, navigation]) => {
    const before = JSON.stringify([loaded, links, readOnly, authorizedApps]);
    authorizedApps = user && Array.isArray(user.authorizedApps) ? user.authorizedApps : [];
    if (navigation && Array.isArray(navigation.links)) {
      links = navigation.links;
      readOnly = navigation.readOnly === true;
    } else {
      // Without the application's answer: what every signed-in person may open.
      links = [
        { key: 'tablero', label: 'Tablero', path: '/', app: null },
        { key: 'tareas', label: 'Tareas', path: '/camunda/app/tasklist/default/', app: 'tasklist' }
      ];
      readOnly = false;
    }
    loaded = true;
    // The stylesheet hides, for a read-only person, the buttons the engine would refuse.
    document.documentElement.classList.toggle('seg-solo-lectura', readOnly);
    const bar = document.querySelector('nav.seg-barra');
    // Drawn again only when something changed (a sign-in or out inside the webapp): the
    // webapps change the address's hash often, and a bar redrawn for nothing loses the focus.
    if (bar && JSON.stringify([loaded, links, readOnly, authorizedApps]) !== before) {
      render(bar);
    }
    ensureBar();
  });
}

new MutationObserver(ensureBar).observe(document.documentElement, { childList: true, subtree: true });
// Signing in or out inside the webapp changes the user without reloading the page.
window.addEventListener('hashchange', refresh);
refresh();
