package mx.ine.cspen.seguimiento.commitment.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * What a file is, read from its content by Apache Tika: the magic bytes decide the family (PDF,
 * image, Office container); the name only tells apart the formats that share a container (a DOCX
 * from an XLSX), never turns one family into another. An executable named "oficio.pdf" is an
 * executable.
 */
@Component
class EvidenceTypes {

  /** The types an area may hand in, with the name people know them by. */
  static final Map<String, String> ACCEPTED = accepted();

  private final Tika tika = new Tika();

  /** The detected media type, e.g. "application/pdf". */
  String detect(byte[] content, String name) {
    try {
      return tika.detect(new ByteArrayInputStream(content), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tika's name for an Office container whose format the name did not tell (a DOCX named ".pdf"):
   * an Office file, but which one is not known.
   */
  static boolean isOfficeContainer(String type) {
    return type.equals("application/x-tika-ooxml") || type.equals("application/x-tika-msoffice");
  }

  static boolean accepted(String type) {
    return ACCEPTED.containsKey(type);
  }

  /** "PDF, Word (DOCX, DOC), …" for messages and the page's hint. */
  static String acceptedList() {
    return "PDF; Word, Excel y PowerPoint (DOCX, XLSX, PPTX y sus versiones anteriores);"
        + " OpenDocument (ODT, ODS, ODP); imágenes JPEG, PNG o TIFF";
  }

  private static Map<String, String> accepted() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("application/pdf", "PDF");
    types.put(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)");
    types.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)");
    types.put(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "PowerPoint (PPTX)");
    types.put("application/msword", "Word (DOC)");
    types.put("application/vnd.ms-excel", "Excel (XLS)");
    types.put("application/vnd.ms-powerpoint", "PowerPoint (PPT)");
    types.put("application/vnd.oasis.opendocument.text", "OpenDocument texto (ODT)");
    types.put("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument hoja (ODS)");
    types.put("application/vnd.oasis.opendocument.presentation", "OpenDocument presentación (ODP)");
    types.put("image/jpeg", "imagen JPEG");
    types.put("image/png", "imagen PNG");
    types.put("image/tiff", "imagen TIFF");
    return Map.copyOf(types);
  }
}
