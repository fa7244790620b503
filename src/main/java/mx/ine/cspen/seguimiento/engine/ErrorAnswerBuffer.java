package mx.ine.cspen.seguimiento.engine;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that holds back an error answer (status 400 or more when its body starts) so that
 * {@link EngineRestErrors} can replace it, and streams every other answer straight to the client:
 * Tasklist's lists, polled every few seconds, are never copied in memory.
 */
final class ErrorAnswerBuffer extends HttpServletResponseWrapper {

  private ByteArrayOutputStream held;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorAnswerBuffer(HttpServletResponse response) {
    super(response);
  }

  private boolean failing() {
    return getStatus() >= 400;
  }

  /** Whether an error answer was held back; then {@link #heldBody()} is what it would have said. */
  boolean holdsError() {
    return held != null;
  }

  byte[] heldBody() {
    if (writer != null) {
      writer.flush();
    }
    return held == null ? new byte[0] : held.toByteArray();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was called for this response");
    }
    if (stream == null) {
      stream = failing() ? holding() : super.getOutputStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was called for this response");
    }
    if (writer == null) {
      if (failing()) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(holding(), charset));
      } else {
        writer = super.getWriter();
      }
    }
    return writer;
  }

  private ServletOutputStream holding() {
    held = new ByteArrayOutputStream();
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        held.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        held.write(bytes, offset, length);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("Error answers are written synchronously");
      }
    };
  }

  // While an error answer may still be replaced, nothing of it reaches the client.

  @Override
  public void setContentLength(int length) {
    if (!failing()) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (!failing()) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(failing() && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(failing() && "Content-Length".equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (held == null && !failing()) {
      super.flushBuffer();
    }
  }
}
