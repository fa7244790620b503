/*
 * Cockpit of Seguimiento de Compromisos: Spanish for everyone (the browser's language chooses
 * among the available locales, so English is deliberately not offered), the product's name,
 * the link bar and Spanish texts the webapp has no translation key for.
 */
export default {
  app: {
    name: 'Procesos',
    vendor: 'Seguimiento de Compromisos ·'
  },
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  // Its message sends people to Camunda's own welcome page.
  disableWelcomeMessage: true,
  customScripts: ['../seguimiento/barra', '../seguimiento/textos']
};
