/*
 * Tasklist of Seguimiento de Compromisos: Spanish for everyone (the browser's language chooses
 * among the available locales, so English is deliberately not offered), the product's name,
 * the link bar and Spanish texts the webapp has no translation key for.
 */
export default {
  app: {
    name: 'Tareas',
    vendor: 'Seguimiento de Compromisos ·'
  },
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  // Its message sends people to Camunda's own welcome page.
  disableWelcomeMessage: true,
  customScripts: ['../seguimiento/barra', '../seguimiento/textos', '../seguimiento/reclamar'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'reclama la tarea seleccionada'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'lleva el foco al primer filtro de la lista'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'lleva el foco a la primera tarea de la lista'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'lleva el foco al primer campo del formulario de la tarea'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'abre el diálogo para iniciar un proceso'
    }
  }
};
