package mx.ine.cspen.seguimiento.notification;

/** Where the email of a notification stands. */
public enum EmailStatus {
  /** Its job will send it (or is retrying). */
  PENDING,
  SENT,
  /** The recipient has no email address: shown on their page only. */
  NO_ADDRESS,
  /** No SMTP server is configured: recorded and logged only. */
  DISABLED
}
