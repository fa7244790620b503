package mx.ine.cspen.seguimiento.commitment.evidence;

/** An uploaded file that passed the checks: its cleaned name, detected type and fingerprint. */
record CheckedFile(String name, String contentType, byte[] content, String sha256) {}
