package mx.ine.cspen.seguimiento.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as people type it, compared the way a reader would. */
public final class SpanishText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private SpanishText() {}

  /** Lower case without accents: "Jurídica", "JURIDICA" and "juridica" are the same word. */
  public static String plain(String text) {
    String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
