package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the PDF takes a text typed by a person: as typed, document numbers kept whole. */
class ReportTextTest {

  /** The plain definition of a document number: a word with slashes between its parts. */
  private static final Pattern PLAIN = Pattern.compile("[^\\s/]+(?:/[^\\s/]+)+");

  @Test
  void documentNumbersAreKeptWholeAndTheRestIsAsTyped() {
    List<PdfRenderer.Piece> pieces =
        PdfRenderer.pieces("Mediante el Acuerdo INE/JGE38/2024, de la DESPEN/ST, y la liga a/b.");

    assertThat(pieces)
        .extracting(PdfRenderer.Piece::text, PdfRenderer.Piece::unbroken)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Mediante el Acuerdo ", false),
            org.assertj.core.groups.Tuple.tuple("INE/JGE38/2024,", true),
            org.assertj.core.groups.Tuple.tuple(" de la ", false),
            org.assertj.core.groups.Tuple.tuple("DESPEN/ST,", true),
            org.assertj.core.groups.Tuple.tuple(" y la liga ", false),
            org.assertj.core.groups.Tuple.tuple("a/b.", true));
  }

  @Test
  void theNumbersFoundAreThoseOfThePlainDefinition() {
    Random random = new Random(20261201);
    String alphabet = "ab1Á/ /\n-.\t";
    for (int sample = 0; sample < 20_000; sample++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(120);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(PdfRenderer.pieces(text.toString()))
          .as("«%s»", text)
          .isEqualTo(plainPieces(text.toString()));
    }
  }

  @Test
  void aLongWordWithoutSlashesIsOneWord() {
    String word = "x".repeat(200_000);

    assertThat(PdfRenderer.pieces(word + " A/B"))
        .extracting(PdfRenderer.Piece::text)
        .containsExactly(word + " ", "A/B");
  }

  @Test
  void textIsKeptAsTypedButWhatXmlCannotCarry() {
    String typed = "«Acuerdo» & <anexo>\tcon\nlíneas 😀";

    assertThat(XmlText.clean(typed)).isSameAs(typed);
    assertThat(XmlText.clean("uno\r\ndos\rtres\fcuatro\uFFFE")).isEqualTo("uno\ndos\ntrescuatro");
    assertThat(XmlText.clean("roto \uD83D aquí")).isEqualTo("roto  aquí");
    assertThat(XmlText.clean(null)).isEmpty();
  }

  /**
   * The pieces by the plain definition, with numbers longer than 40 characters left in the text.
   */
  private static List<PdfRenderer.Piece> plainPieces(String text) {
    List<PdfRenderer.Piece> pieces = new ArrayList<>();
    Matcher number = PLAIN.matcher(text);
    int from = 0;
    while (number.find()) {
      if (number.end() - number.start() > 40) {
        continue;
      }
      if (number.start() > from) {
        pieces.add(new PdfRenderer.Piece(text.substring(from, number.start()), false, 0));
      }
      pieces.add(new PdfRenderer.Piece(number.group(), true, 0));
      from = number.end();
    }
    if (from < text.length() || pieces.isEmpty()) {
      pieces.add(new PdfRenderer.Piece(text.substring(from), false, 0));
    }
    return pieces;
  }
}
