package mx.ine.cspen.seguimiento.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Receives an uploaded annex up to the size limit. A larger body is read on (and dropped) up to a
 * hard ceiling, so that the client hears the refusal instead of a broken connection.
 */
@Component
class AnnexUpload {

  /** Beyond this nothing more is read; the connection is closed by the server. */
  private static final long DRAIN_CEILING = 64L * 1024 * 1024;

  private final ImportSettings settings;

  AnnexUpload(ImportSettings settings) {
    this.settings = settings;
  }

  /** The bytes of the file, or {@link TooLarge} when it passes the limit. */
  byte[] read(InputStream body, long declaredSize) {
    long limit = settings.maxFileSize().toBytes();
    try (body) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[16_384];
      long total = 0;
      int n;
      while ((n = body.read(buffer)) != -1) {
        total += n;
        if (total <= limit) {
          bytes.write(buffer, 0, n);
        } else if (total > DRAIN_CEILING) {
          break;
        }
      }
      if (total > limit || declaredSize > limit) {
        throw new TooLarge(Math.max(total, declaredSize), limit);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long limit() {
    return settings.maxFileSize().toBytes();
  }

  /** The file passes the size limit: answered with 413. */
  static class TooLarge extends RuntimeException {

    /** A size below zero: unknown, the upload was cut off before its end. */
    TooLarge(long size, long limit) {
      super(
          (size < 0
                  ? "El archivo pasa del máximo para importar, que es " + megabytes(limit)
                  : "El archivo pesa "
                      + megabytes(size)
                      + " y el máximo para importar es "
                      + megabytes(limit))
              + ". Un anexo de un año ocupa mucho menos: revise que sea el archivo correcto, o"
              + " divídalo.");
    }

    static String megabytes(long bytes) {
      return String.format(Locale.forLanguageTag("es-MX"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }
  }
}
