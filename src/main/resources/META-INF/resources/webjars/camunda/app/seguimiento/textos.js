/*
 * Seguimiento de Compromisos: Spanish for the texts that Camunda's webapps write in English and
 * offer no way to translate (they are not in locales/*.json):
 *  - Camunda Forms (form-js, in Tasklist and Cockpit's form preview): the empty choice of a list
 *    ("Select"), the validation messages and the date picker's month and day names;
 *  - a few fixed words of the webapps' own templates (the "Actions" column of variable tables…);
 *  - the engine's refusal of an operation the user has no permission for.
 *
 * Loaded by each webapp's scripts/config.js (customScripts). It rewrites only the English texts
 * it knows, only where those components put them.
 */
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
  'septiembre', 'octubre', 'noviembre', 'diciembre'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
const capitalised = (word) => word.charAt(0).toUpperCase() + word.slice(1);

const EXACT = new Map([
  ['Select', 'Seleccione…'],
  ['Search', 'Buscar'],
  ['No results', 'Sin resultados'],
  ['All values selected', 'Todos los valores están seleccionados'],
  ['Field is required.', 'Este campo es obligatorio.'],
  ['Field must be a valid email.', 'Escriba un correo electrónico válido.'],
  ['Date and time must both be entered.', 'Indique la fecha y la hora.'],
  ['Should be a valid number.', 'Escriba un número válido.'],
  ['Should be a valid number', 'Escriba un número válido.'],
  ['Increment', 'Aumentar'],
  ['Decrement', 'Disminuir'],
  ['Remove tag', 'Quitar'],
  ['Clear content', 'Borrar'],
  ['Sun', 'Dom'], ['Mon', 'Lun'], ['Tue', 'Mar'], ['Wed', 'Mié'], ['Thu', 'Jue'], ['Fri', 'Vie'], ['Sat', 'Sáb'],
  ['dd/mm/yyyy', 'dd/mm/aaaa'],
  ['mm/dd/yyyy', 'mm/dd/aaaa']
]);
ENGLISH_MONTHS.forEach((month, i) => EXACT.set(month, capitalised(MONTHS[i])));

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, (m) => `El valor mínimo es ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `El valor máximo es ${m[1]}.`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `Escriba al menos ${m[1]} caracteres.`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `Escriba como máximo ${m[1]} caracteres.`],
  [/^Field must match pattern (.*https\?.*)\.$/, () => 'Escriba una dirección que empiece con http:// o https://.'],
  [/^Field must match pattern (.+)\.$/, () => 'El valor no tiene el formato esperado.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Escriba un teléfono internacional válido (p. ej., +525512345678).'],
  [/^Should not contain more than (\d+) decimal digits\.?$/, (m) => `Escriba como máximo ${m[1]} decimales.`],
  // The date picker's days: "November 23, 2026".
  [new RegExp('^(' + ENGLISH_MONTHS.join('|') + ') (\\d{1,2}), (\\d{4})$'),
    (m) => `${m[2]} de ${MONTHS[ENGLISH_MONTHS.indexOf(m[1])]} de ${m[3]}`]
];

function spanish(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (EXACT.has(trimmed)) {
    return text.replace(trimmed, EXACT.get(trimmed));
  }
  for (const [pattern, replace] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, replace(match));
    }
  }
  return null;
}

// Fixed words of the webapps' templates, each where the template writes it.
const TEMPLATE_TEXTS = [
  ['td.actions, th.actions', 'Actions', 'Acciones'],
  ['.loading-text', 'Loading diagram', 'Cargando el diagrama'],
  ['i', 'Message is null.', 'El mensaje es nulo.'],
  ['p.invalid', 'Invalid Date Value.', 'Fecha no válida.'],
  ['span', 'Select all', 'Seleccionar todo'],
  ['span', 'Unselect all', 'Quitar la selección']
];

function translateTemplateTexts(root) {
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const [selector, english, translated] of TEMPLATE_TEXTS) {
    const elements = root.matches(selector) ? [root] : [];
    elements.push(...root.querySelectorAll(selector));
    for (const element of elements) {
      for (const node of element.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && node.data.trim() === english) {
          node.data = node.data.replace(english, translated);
        }
      }
    }
  }
}

const SCOPE = '.fjs-container, .flatpickr-calendar';
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translateElement(element) {
  ATTRIBUTES.forEach((name) => {
    const value = element.getAttribute && element.getAttribute(name);
    const translated = value && spanish(value);
    if (translated) {
      element.setAttribute(name, translated);
    }
  });
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    const parent = root.parentElement;
    if (parent && parent.closest(SCOPE)) {
      const translated = spanish(root.data);
      if (translated) {
        root.data = translated;
      }
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const inScope = root.closest(SCOPE) || root.querySelector(SCOPE);
  if (!inScope) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateTree(node);
    } else if (node.closest(SCOPE)) {
      translateElement(node);
    }
  }
}

// The engine's refusal, which the webapps show as it comes ("The user with id 'consejera' does
// not have 'UPDATE' permission on resource …"), wherever they show it (notifications, dialogs).
const REFUSAL = /The user with id '[^']*' does not have [^]*permission/;
const REFUSAL_ES =
  'Su cuenta no tiene permiso para esta operación. La Comisión consulta los procesos en modo de' +
  ' solo lectura; los cambios los hace la Secretaría Técnica desde la aplicación.';

function translateRefusals(root) {
  if (!root.textContent || !root.textContent.includes('does not have')) {
    return;
  }
  if (root.nodeType === Node.TEXT_NODE) {
    if (REFUSAL.test(root.data)) {
      root.data = REFUSAL_ES;
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (REFUSAL.test(node.data)) {
      node.data = REFUSAL_ES;
    }
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(translateRefusals);
      mutation.addedNodes.forEach(translateTree);
      mutation.addedNodes.forEach(translateTemplateTexts);
    } else if (mutation.type === 'characterData') {
      translateRefusals(mutation.target);
      translateTree(mutation.target);
      translateTemplateTexts(mutation.target.parentElement || mutation.target);
    } else if (mutation.type === 'attributes' && mutation.target.closest(SCOPE)) {
      translateElement(mutation.target);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});
