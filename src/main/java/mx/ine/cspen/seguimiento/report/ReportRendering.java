package mx.ine.cspen.seguimiento.report;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Renders a draft's DOCX and PDF side by side. Both are pure functions of the model and each takes
 * a core for a second or more at a thousand rows; on two cores the draft is ready when the slower
 * one is, not after both.
 */
@Component
class ReportRendering {

  private final DocxRenderer docx;
  private final PdfRenderer pdf;
  private final ExecutorService renderer;

  ReportRendering(DocxRenderer docx, PdfRenderer pdf) {
    this.docx = docx;
    this.pdf = pdf;
    AtomicInteger threads = new AtomicInteger();
    this.renderer =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "report-docx-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** The two documents of a report. */
  record Documents(byte[] docx, byte[] pdf) {}

  Documents render(ReportDocument document) {
    CompletableFuture<byte[]> word =
        CompletableFuture.supplyAsync(() -> docx.render(document), renderer);
    byte[] printed = pdf.render(document);
    try {
      return new Documents(word.join(), printed);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  byte[] docx(ReportDocument document) {
    return docx.render(document);
  }

  byte[] pdf(ReportDocument document) {
    return pdf.render(document);
  }

  @PreDestroy
  void stop() {
    renderer.shutdown();
  }
}
