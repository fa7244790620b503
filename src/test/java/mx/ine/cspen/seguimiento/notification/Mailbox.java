package mx.ine.cspen.seguimiento.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** A real SMTP server (GreenMail) on a free local port, and what it received. */
final class Mailbox {

  private final int port;
  private GreenMail server;

  Mailbox() {
    this.port = freePort();
    start();
  }

  int port() {
    return port;
  }

  void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** The server goes away: connections to its port are refused. */
  void stop() {
    server.stop();
  }

  List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  List<MimeMessage> received(Predicate<MimeMessage> which) {
    return received().stream().filter(which).toList();
  }

  /** The one message to {@code to} whose subject contains {@code subject}, once it arrives. */
  MimeMessage await(String to, String subject) {
    Predicate<MimeMessage> wanted = m -> subject(m).contains(subject) && recipients(m).contains(to);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found = received(wanted);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      pause();
    }
    throw new AssertionError(
        "No email to "
            + to
            + " about «"
            + subject
            + "»; received: "
            + received().stream().map(Mailbox::subject).toList());
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The part of the given type (text/plain, text/html), decoded, with the lines ended by \n. */
  static String part(MimeMessage message, String type) {
    try {
      String found = find(message, type);
      if (found == null) {
        throw new AssertionError("No " + type + " part in «" + message.getSubject() + "»");
      }
      return found;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String find(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type)) {
      return ((String) part.getContent()).replace("\r\n", "\n");
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = find(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
