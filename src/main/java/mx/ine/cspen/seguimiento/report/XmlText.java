package mx.ine.cspen.seguimiento.report;

/**
 * Text as XML can carry it. People may paste control characters (a form feed from a word
 * processor); XML 1.0 has no way to write them, so both documents leave them out. Tabs and line
 * breaks stay.
 */
final class XmlText {

  private XmlText() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (plain(text)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
    return clean.toString().replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Nothing to leave out or to change: no control character, no lone half of a pair, no CR. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if ((c < 0x20 && c != '\t' && c != '\n')
          || c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
