package mx.ine.cspen.seguimiento.commitment.evidence;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the evidence files ({@code seguimiento.evidence.*} in application.yaml): a signed
 * oficio scanned as PDF is a few hundred kilobytes to a few megabytes.
 *
 * @param maxFileSize the largest file accepted
 * @param maxFiles the most files one progress report carries
 */
@ConfigurationProperties("seguimiento.evidence")
public record EvidenceSettings(
    @DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("10") int maxFiles) {

  /** "245 KB", "1.2 MB" */
  static String readable(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.forLanguageTag("es-MX"), "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
