package mx.ine.cspen.seguimiento.commission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * An abbreviation of a commission's glossary: "Comisión del Servicio/CSPEN", what it means, and the
 * words that mean a report uses it (whole words: "SPEN" is not in "SIISPEN").
 */
@Embeddable
public class GlossaryTerm {

  private int position;

  private String term;

  private String meaning;

  /** The words, separated by "|". */
  @Column(name = "words")
  private String words;

  protected GlossaryTerm() {}

  public GlossaryTerm(int position, String term, String meaning, List<String> words) {
    this.position = position;
    this.term = term;
    this.meaning = meaning;
    this.words = String.join("|", words);
  }

  public int getPosition() {
    return position;
  }

  /** "Comisión del Servicio/CSPEN" */
  public String getTerm() {
    return term;
  }

  /** "Comisión del Servicio Profesional Electoral Nacional." */
  public String getMeaning() {
    return meaning;
  }

  public List<String> getWords() {
    return Arrays.stream(words.split("\\|")).filter(w -> !w.isBlank()).toList();
  }
}
