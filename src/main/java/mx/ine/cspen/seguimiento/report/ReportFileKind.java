package mx.ine.cspen.seguimiento.report;

/** The files of a report, with what a browser needs to open them. */
public enum ReportFileKind {
  JSON("application/json", "json"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  ReportFileKind(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
