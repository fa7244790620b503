package mx.ine.cspen.seguimiento.importing;

import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.system.SpanishText;

/** How cells of an annex typed by people are compared and cleaned. */
final class AnnexText {

  /** Spaces of every kind Word and Excel produce: no-break, narrow no-break, tabs, line breaks. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  /** Characters a spreadsheet reads as the start of a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private AnnexText() {}

  /** Collapsed spaces, no spaces at the ends. */
  static String collapse(String value) {
    return value == null ? "" : SPACES.matcher(value).replaceAll(" ").strip();
  }

  /**
   * The form used to recognise a typed name: no accents, lower case, single spaces, without a final
   * period ("Subdirección de Ascenso." and "subdireccion de ascenso" are the same).
   */
  static String key(String value) {
    String plain = SpanishText.plain(collapse(value));
    while (plain.endsWith(".")) {
      plain = plain.substring(0, plain.length() - 1).strip();
    }
    return plain;
  }

  /**
   * A cell's text as read: line ends as {@code \n}, no spaces at the ends, and without the
   * apostrophe our CSV export puts before text a spreadsheet would take for a formula.
   */
  static String cell(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.length() > 1
        && text.charAt(0) == '\''
        && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
      text = text.substring(1);
    }
    return text;
  }

  /** The text as a CSV cell that a spreadsheet shows as text, never runs as a formula. */
  static String safeForSpreadsheet(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
