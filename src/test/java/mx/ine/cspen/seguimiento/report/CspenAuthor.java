package mx.ine.cspen.seguimiento.report;

import java.util.List;

/** What the CSPEN's reports say of it, as the seed's report shows (and V60 seeds). */
final class CspenAuthor {

  static final ReportAuthor AUTHOR =
      new ReportAuthor(
          "INFORME QUE PRESENTA LA DIRECCIÓN EJECUTIVA DEL SERVICIO PROFESIONAL ELECTORAL NACIONAL"
              + " SOBRE EL SEGUIMIENTO Y CUMPLIMIENTO DE COMPROMISOS Y ACUERDOS DE LA COMISIÓN DEL"
              + " SERVICIO PROFESIONAL ELECTORAL NACIONAL.",
          "Dirección Ejecutiva del Servicio Profesional Electoral Nacional",
          "En cumplimiento a lo previsto en los artículos 7, párrafo primero, inciso a); 14, numeral"
              + " 4, inciso i) y 18, numeral 1, inciso e) del Reglamento de Comisiones del Consejo"
              + " General, la DESPEN, en su carácter de Secretaría Técnica de la Comisión del"
              + " Servicio, presenta el informe sobre el seguimiento y cumplimiento de los"
              + " compromisos y acuerdos generados por dicho órgano colegiado.",
          "Comisión del Servicio",
          "Compromisos y acuerdos de la Comisión del Servicio Profesional Electoral Nacional.",
          List.of(
              Glossary.Term.of(
                  "Comisión del Servicio/CSPEN",
                  "Comisión del Servicio Profesional Electoral Nacional.",
                  "Comisión del Servicio",
                  "CSPEN"),
              Glossary.Term.of(
                  "Consejo General/CG",
                  "Consejo General del Instituto Nacional Electoral.",
                  "Consejo General",
                  "CG"),
              Glossary.Term.of(
                  "DESPEN",
                  "Dirección Ejecutiva del Servicio Profesional Electoral Nacional.",
                  "DESPEN"),
              Glossary.Term.of("DJ", "Dirección Jurídica.", "DJ"),
              Glossary.Term.of("HASL", "Hostigamiento, Acoso Sexual y Laboral.", "HASL"),
              Glossary.Term.of(
                  "Instituto/INE", "Instituto Nacional Electoral.", "Instituto", "INE"),
              Glossary.Term.of(
                  "Junta/JGE",
                  "Junta General Ejecutiva del Instituto Nacional Electoral.",
                  "Junta",
                  "JGE"),
              Glossary.Term.of("OPLE", "Organismos Públicos Locales Electorales.", "OPLE", "OPL"),
              Glossary.Term.of(
                  "SIISPEN",
                  "Sistema Integral de Información del Servicio Profesional Electoral Nacional.",
                  "SIISPEN"),
              Glossary.Term.of("SPEN", "Servicio Profesional Electoral Nacional.", "SPEN"),
              Glossary.Term.of("UTCE", "Unidad Técnica de lo Contencioso Electoral.", "UTCE"),
              Glossary.Term.of("UTF", "Unidad Técnica de Fiscalización.", "UTF")));

  private CspenAuthor() {}
}
