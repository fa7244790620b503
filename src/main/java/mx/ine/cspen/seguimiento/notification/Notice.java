package mx.ine.cspen.seguimiento.notification;

/** The Spanish subject and text of a notification, rendered from its template. */
record Notice(String subject, String body) {}
