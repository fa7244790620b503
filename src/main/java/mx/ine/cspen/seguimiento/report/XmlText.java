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
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
    return clean.toString().replace("\r\n", "\n").replace('\r', '\n');
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
