package mx.ine.cspen.seguimiento.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Spanish words of the notifications. Each kind has a text template, {@code
 * templates/notifications/text/<kind>.txt}: its first line is the subject, the rest the text. The
 * email wraps that text in {@code templates/notifications/email.html} (escaped) with the link, and
 * sends the plain text beside it.
 */
@Component
class NoticeTemplates {

  private static final int MAX_SUBJECT = 300;
  private static final int MAX_BODY = 20000;

  // Spring's engine: its expressions are SpEL, as in the pages.
  private final SpringTemplateEngine texts = new SpringTemplateEngine();
  private final ITemplateEngine pages;
  private final NotificationProperties properties;

  NoticeTemplates(ITemplateEngine pages, NotificationProperties properties) {
    this.pages = pages;
    this.properties = properties;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/notifications/text/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    texts.setTemplateResolver(resolver);
  }

  Notice render(NotificationKind kind, Map<String, Object> model) {
    String text = texts.process(kind.template(), new Context(SpanishDates.SPANISH_MEXICO, model));
    String normalized =
        Arrays.stream(text.replace("\r\n", "\n").split("\n", -1))
            .map(String::stripTrailing)
            .reduce((a, b) -> a + "\n" + b)
            .orElse("")
            .replaceAll("\n{3,}", "\n\n")
            .strip();
    int end = normalized.indexOf('\n');
    String subject = end < 0 ? normalized : normalized.substring(0, end).strip();
    String body = end < 0 ? "" : normalized.substring(end + 1).strip();
    return new Notice(shorten(subject, MAX_SUBJECT), shorten(body, MAX_BODY));
  }

  String plainEmail(Notification notification, NotificationLinks.Link link) {
    return notification.getBody()
        + "\n\n"
        + link.label()
        + ": "
        + link.url()
        + "\n\n-- \n"
        + footer();
  }

  String htmlEmail(Notification notification, NotificationLinks.Link link) {
    Context context = new Context(SpanishDates.SPANISH_MEXICO);
    context.setVariable("subject", notification.getSubject());
    context.setVariable("paragraphs", paragraphs(notification.getBody()));
    context.setVariable("link", link);
    context.setVariable("footer", footer());
    return pages.process("notifications/email", context);
  }

  private String footer() {
    return "Mensaje automático del sistema Seguimiento de Compromisos de la CSPEN; no responda a"
        + " esta dirección. Consulte todas sus notificaciones en "
        + properties.base()
        + "/notificaciones";
  }

  /** Paragraphs split at blank lines, each a list of its lines. */
  private static List<List<String>> paragraphs(String body) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String paragraph : body.split("\n\\s*\n")) {
      paragraphs.add(List.of(paragraph.split("\n")));
    }
    return paragraphs;
  }

  static String shorten(String text, int max) {
    if (text == null) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
