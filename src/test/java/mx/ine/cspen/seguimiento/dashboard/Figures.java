package mx.ine.cspen.seguimiento.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dashboard's figures as the page shows them, by their {@code data-figure} names. */
final class Figures {

  private static final Pattern FIGURE =
      Pattern.compile("data-figure=\"([^\"]+)\"[^>]*>\\s*([^<]*?)\\s*<");

  private Figures() {}

  static Map<String, String> of(String html) {
    Map<String, String> figures = new LinkedHashMap<>();
    Matcher matcher = FIGURE.matcher(html);
    while (matcher.find()) {
      figures.put(matcher.group(1), matcher.group(2));
    }
    return figures;
  }

  static long count(Map<String, String> figures, String name) {
    String value = figures.get(name);
    if (value == null) {
      throw new AssertionError(
          "The dashboard shows no figure " + name + "; it shows " + figures.keySet());
    }
    return Long.parseLong(value);
  }
}
