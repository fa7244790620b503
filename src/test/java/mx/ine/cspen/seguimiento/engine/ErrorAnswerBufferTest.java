package mx.ine.cspen.seguimiento.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The engine REST's answers: only errors are held back (to be replaced), the rest streams. */
class ErrorAnswerBufferTest {

  @Test
  void aSuccessfulAnswerReachesTheClientAsItIsWritten() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    ErrorAnswerBuffer response = new ErrorAnswerBuffer(client);
    response.setStatus(200);
    response.setContentLength(7);
    response.getOutputStream().write("[{...}]".getBytes(StandardCharsets.UTF_8));

    assertThat(client.getContentAsString()).isEqualTo("[{...}]");
    assertThat(client.getContentLength()).isEqualTo(7);
    assertThat(response.holdsError()).isFalse();
  }

  @Test
  void anErrorAnswerIsHeldBackUntilTheFilterDecides() throws Exception {
    MockHttpServletResponse client = new MockHttpServletResponse();
    ErrorAnswerBuffer response = new ErrorAnswerBuffer(client);
    response.setStatus(500);
    response.setContentLength(40);
    response.getWriter().write("{\"message\":\"ENGINE-13034 Cannot read\"}");
    response.flushBuffer();

    assertThat(client.getContentAsString()).isEmpty();
    assertThat(client.isCommitted()).isFalse();
    assertThat(client.getHeader("Content-Length")).isNull();
    assertThat(response.holdsError()).isTrue();
    assertThat(new String(response.heldBody(), StandardCharsets.ISO_8859_1))
        .isEqualTo("{\"message\":\"ENGINE-13034 Cannot read\"}");
  }
}
