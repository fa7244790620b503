package mx.ine.cspen.seguimiento.report;

import java.util.List;
import mx.ine.cspen.seguimiento.commission.Commission;
import mx.ine.cspen.seguimiento.commission.GlossaryTerm;

/**
 * What a commission's reports say of it: their title, the unit that presents them, the paragraph
 * with their legal basis, the name their sentences give the commission, the annex's title and the
 * glossary they draw on. From the commission's record, so that each commission's report speaks of
 * it.
 *
 * @param shortName "Comisión del Servicio", in bold in the report's sentences
 * @param annexTitle "Compromisos y acuerdos de la Comisión del Servicio Profesional Electoral
 *     Nacional."
 */
record ReportAuthor(
    String title,
    String issuer,
    String legalBasis,
    String shortName,
    String annexTitle,
    List<Glossary.Term> glossary) {

  ReportAuthor {
    glossary = List.copyOf(glossary);
  }

  static ReportAuthor of(Commission commission) {
    return new ReportAuthor(
        commission.getReportTitle(),
        commission.getSecretariatName(),
        commission.getLegalBasis(),
        commission.getShortName(),
        "Compromisos y acuerdos de la " + commission.getName() + ".",
        commission.getGlossary().stream().map(ReportAuthor::term).toList());
  }

  private static Glossary.Term term(GlossaryTerm term) {
    return Glossary.Term.of(
        term.getTerm(), term.getMeaning(), term.getWords().toArray(String[]::new));
  }
}
