package mx.ine.cspen.seguimiento.commitment.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.CommitmentFollowUp;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;
import mx.ine.cspen.seguimiento.commitment.SubmitProgressReport;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence files of progress reports: checked when handed in (count, size, type read from the
 * content), stored with their SHA-256, and read only by whoever may read the commitment, through
 * {@link CommitmentReader#detail}'s rule (an area reads only its own).
 */
@Service
@RetriedOnConflict
public class EvidenceService {

  private final CommitmentFollowUp followUp;
  private final CommitmentReader reader;
  private final EvidenceFileRepository files;
  private final EvidenceTypes types;
  private final EvidenceSettings settings;
  private final Clock clock;

  EvidenceService(
      CommitmentFollowUp followUp,
      CommitmentReader reader,
      EvidenceFileRepository files,
      EvidenceTypes types,
      EvidenceSettings settings,
      Clock clock) {
    this.followUp = followUp;
    this.reader = reader;
    this.files = files;
    this.types = types;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A progress report with its files, all or nothing: the files are checked first, then the report
   * is recorded as without files (same rules, same task), then the files are stored with it.
   */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId,
      SubmitProgressReport command,
      List<EvidenceUpload> uploads,
      CurrentUser user) {
    return reportProgress(commitmentId, command, uploads, user, null);
  }

  /** {@link #reportProgress}, if the commitment is still at {@code expectedVersion} (null: any). */
  @Transactional
  public ProgressReport reportProgress(
      long commitmentId,
      SubmitProgressReport command,
      List<EvidenceUpload> uploads,
      CurrentUser user,
      Long expectedVersion) {
    List<CheckedFile> checked = check(uploads);
    return followUp.reportProgress(
        commitmentId, command, user, expectedVersion, report -> attach(report, checked, user));
  }

  /**
   * Stores checked files with a report just recorded in this transaction (for callers that record
   * the report another way, e.g. a form).
   */
  void attach(ProgressReport report, List<CheckedFile> checked, CurrentUser user) {
    for (int i = 0; i < checked.size(); i++) {
      files.save(new EvidenceFile(report, i, checked.get(i), clock.instant(), user.id()));
    }
  }

  /** Every file of the commitment, by progress report id, for a reader of the commitment. */
  @Transactional(readOnly = true)
  public Map<Long, List<EvidenceSummary>> filesByReport(long commitmentId, CurrentUser user) {
    reader.detail(commitmentId, user);
    return filesByReport(commitmentId);
  }

  /**
   * The same without a user check, for callers that have made it (the process's forms, the
   * commitment page).
   */
  @Transactional(readOnly = true)
  public Map<Long, List<EvidenceSummary>> filesByReport(long commitmentId) {
    Map<Long, List<EvidenceSummary>> byReport = new LinkedHashMap<>();
    for (EvidenceSummary file : files.summariesOf(commitmentId)) {
      byReport.computeIfAbsent(file.progressReportId(), k -> new ArrayList<>()).add(file);
    }
    return byReport;
  }

  /** One file, for a reader of its commitment. */
  @Transactional(readOnly = true)
  public EvidenceFile file(long commitmentId, long fileId, CurrentUser user) {
    reader.detail(commitmentId, user);
    return files
        .findOf(commitmentId, fileId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "El compromiso no tiene un documento con id " + fileId + "."));
  }

  @Transactional(readOnly = true)
  List<EvidenceFile> allFiles(long commitmentId) {
    return files.filesOf(commitmentId);
  }

  // --- Checks --------------------------------------------------------------------------------

  /** Reads and checks every upload; every problem at once, each on its {@code files[i]}. */
  List<CheckedFile> check(List<EvidenceUpload> uploads) {
    List<EvidenceUpload> given =
        uploads == null
            ? List.of()
            : uploads.stream().filter(u -> u != null && !isEmptyPart(u)).toList();
    if (given.size() > settings.maxFiles()) {
      throw new InvalidInputException(
          "files",
          "Un informe de avance admite hasta "
              + settings.maxFiles()
              + " documentos (se enviaron "
              + given.size()
              + ").");
    }
    long limit = settings.maxFileSize().toBytes();
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    List<CheckedFile> checked = new ArrayList<>();
    boolean tooLarge = false;
    for (int i = 0; i < given.size(); i++) {
      EvidenceUpload upload = given.get(i);
      String field = "files[" + i + "]";
      String name = cleanName(upload.originalName());
      byte[] content;
      try {
        content = read(upload, limit);
      } catch (TooLarge e) {
        tooLarge = true;
        problems.add(
            new InvalidInputException.FieldProblem(
                field,
                "El documento «"
                    + name
                    + "» pasa del máximo de "
                    + EvidenceSettings.readable(limit)
                    + " por archivo."));
        continue;
      }
      if (content.length == 0) {
        problems.add(
            new InvalidInputException.FieldProblem(
                field, "El documento «" + name + "» está vacío."));
        continue;
      }
      String type = types.detect(content, name);
      if (EvidenceTypes.isOfficeContainer(type)) {
        problems.add(
            new InvalidInputException.FieldProblem(
                field,
                "El documento «"
                    + name
                    + "» es de Office, pero su nombre no termina como su formato: corrija la"
                    + " extensión (.docx, .xlsx, .pptx, .doc, .xls…) y envíelo de nuevo."));
        continue;
      }
      if (!EvidenceTypes.accepted(type)) {
        problems.add(
            new InvalidInputException.FieldProblem(
                field,
                "El documento «"
                    + name
                    + "» no es de un tipo admitido (su contenido es "
                    + type
                    + ", sea cual sea su nombre). Se admiten: "
                    + EvidenceTypes.acceptedList()
                    + "."));
        continue;
      }
      checked.add(new CheckedFile(name, type, content, sha256(content)));
    }
    if (!problems.isEmpty()) {
      throw tooLarge ? new TooLargeFiles(problems) : new InvalidInputException(problems);
    }
    return checked;
  }

  /** One or more files above the size limit: answered with 413. */
  public static class TooLargeFiles extends InvalidInputException {
    TooLargeFiles(List<FieldProblem> problems) {
      super(problems);
    }
  }

  public EvidenceSettings settings() {
    return settings;
  }

  private static boolean isEmptyPart(EvidenceUpload upload) {
    // A form's file input with nothing chosen still sends a part: no name, no bytes.
    return (upload.originalName() == null || upload.originalName().isBlank())
        && upload.declaredSize() <= 0;
  }

  private static byte[] read(EvidenceUpload upload, long limit) {
    if (upload.declaredSize() > limit) {
      throw new TooLarge();
    }
    try (InputStream in = upload.open()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[65_536];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > limit) {
          throw new TooLarge();
        }
        bytes.write(buffer, 0, n);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class TooLarge extends RuntimeException {}

  /** The name without any folder, control characters or excess length; never empty. */
  static String cleanName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, 200 - extension.length()) + extension;
    }
    return name.isEmpty() ? "documento" : name;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
