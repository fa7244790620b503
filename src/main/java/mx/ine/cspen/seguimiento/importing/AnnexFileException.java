package mx.ine.cspen.seguimiento.importing;

/** The file cannot be read as a table at all: empty, not text nor XLSX, broken quoting. */
class AnnexFileException extends RuntimeException {

  private final int row;

  AnnexFileException(String message) {
    this(0, message);
  }

  AnnexFileException(int row, String message) {
    super(message);
    this.row = row;
  }

  ImportProblem problem() {
    return new ImportProblem(row, null, getMessage());
  }
}
