package mx.ine.cspen.seguimiento.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.commitment.CommitmentFollowUp;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.commitment.ReferenceInput;

/**
 * The annex's {@code Ligas} column: the documents a progress report cites, each as its number and
 * link, separated by {@code |}: {@code INE/JGE58/2024 https://… | INE/CG546/2024 https://…}.
 *
 * <p>The kind of document follows from how the Institute numbers it: {@code INE/JGE38/2024} and
 * {@code INE/CG546/2024} are agreements of the Junta and the Consejo General, {@code
 * INE/DJ/6820/2024} is an official letter of an area, {@code INE-CSPEN-ST-001-2024} an opinion of
 * the Secretaría Técnica. Any other kind is written before the number ("Circular 12/2024").
 */
final class AnnexLinks {

  private static final Pattern AGREEMENT =
      Pattern.compile("INE/[A-Z]+\\d+/\\d{4}", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFICIAL_LETTER =
      Pattern.compile("INE/[A-Z]+(/[A-Z]+)*/\\d+/\\d{4}", Pattern.CASE_INSENSITIVE);
  private static final Pattern OPINION =
      Pattern.compile("INE-CSPEN-ST-\\d+-\\d{4}", Pattern.CASE_INSENSITIVE);
  private static final Pattern ADDRESS = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://|www\\.)\\S*");
  static final String SEPARATOR = " | ";

  private AnnexLinks() {}

  /** The links of one cell, or what is wrong with them. */
  record Parsed(List<ReferenceInput> references, List<String> problems) {}

  static Parsed parse(String cell) {
    List<ReferenceInput> references = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String item : AnnexText.collapse(cell).split("\\|")) {
      String text = item.strip();
      if (text.isEmpty()) {
        continue;
      }
      List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
      int at = indexOfAddress(words);
      String url = null;
      if (at >= 0) {
        url = words.get(at);
        if (at < words.size() - 1) {
          problems.add(
              "Después de la liga «" + url + "» hay texto de más: separe cada referencia con «|».");
          continue;
        }
        if (!CommitmentFollowUp.isWebLink(url)) {
          problems.add("La liga «" + url + "» no es una dirección http:// o https:// válida.");
          continue;
        }
        words = words.subList(0, at);
      }
      if (words.isEmpty()) {
        problems.add(
            "Falta el número del documento antes de la liga «"
                + url
                + "» (p. ej. INE/JGE38/2024 "
                + url
                + ").");
        continue;
      }
      DocumentType type = null;
      if (words.size() > 1) {
        type = typeWord(words.get(0));
        if (type != null) {
          words = words.subList(1, words.size());
        }
      }
      String number = String.join(" ", words);
      references.add(new ReferenceInput(type == null ? typeOf(number) : type, number, null, url));
    }
    return new Parsed(List.copyOf(references), List.copyOf(problems));
  }

  /** The cell for these references: the kind is written only when the number does not tell it. */
  static String format(List<ReferenceInput> references) {
    return references.stream()
        .map(
            r -> {
              String number = r.number();
              String first = number.split(" ")[0];
              boolean spell =
                  r.type() != typeOf(number) || (number.contains(" ") && typeWord(first) != null);
              return (spell ? r.type().label() + " " : "")
                  + number
                  + (r.url() == null ? "" : " " + r.url());
            })
        .collect(Collectors.joining(SEPARATOR));
  }

  static DocumentType typeOf(String number) {
    String n = number.strip();
    if (AGREEMENT.matcher(n).matches()) {
      return DocumentType.AGREEMENT;
    }
    if (OFFICIAL_LETTER.matcher(n).matches()) {
      return DocumentType.OFFICIAL_LETTER;
    }
    if (OPINION.matcher(n).matches()) {
      return DocumentType.OPINION;
    }
    return DocumentType.OTHER;
  }

  private static int indexOfAddress(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (ADDRESS.matcher(words.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static DocumentType typeWord(String word) {
    String plain = AnnexText.key(word);
    return Arrays.stream(DocumentType.values())
        .filter(t -> AnnexText.key(t.label()).equals(plain) || t.code().equals(plain))
        .findFirst()
        .orElse(null);
  }
}
