/*
 * Admin of Seguimiento de Compromisos: Spanish for everyone (the browser's language chooses
 * among the available locales, so English is deliberately not offered), the product's name and
 * the link bar.
 */
export default {
  app: {
    name: 'Administración',
    vendor: 'Seguimiento de Compromisos ·'
  },
  locales: {
    availableLocales: ['es'],
    fallbackLocale: 'es'
  },
  customScripts: ['../seguimiento/barra']
};
