package mx.ine.cspen.seguimiento.session;

/**
 * Feminine ordinals as the Commission names its sessions: Primera … Décima, Décima primera,
 * Vigésima segunda… (1 to 99).
 */
public final class SpanishOrdinals {

  static final int MAX = 99;

  private static final String[] UNITS = {
    "", "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "séptima", "octava", "novena"
  };
  private static final String[] TENS = {
    "",
    "décima",
    "vigésima",
    "trigésima",
    "cuadragésima",
    "quincuagésima",
    "sexagésima",
    "septuagésima",
    "octogésima",
    "nonagésima"
  };

  private SpanishOrdinals() {}

  /** "Primera", "Décima primera" — capitalised, for the start of a label. */
  public static String feminine(int number) {
    String words = lowerCase(number);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "primera", "décima primera". */
  public static String lowerCase(int number) {
    if (number < 1 || number > MAX) {
      throw new IllegalArgumentException("Ordinal out of range: " + number);
    }
    int tens = number / 10;
    int units = number % 10;
    if (tens == 0) {
      return UNITS[units];
    }
    return units == 0 ? TENS[tens] : TENS[tens] + " " + UNITS[units];
  }
}
