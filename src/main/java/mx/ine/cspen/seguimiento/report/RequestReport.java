package mx.ine.cspen.seguimiento.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/** A report to prepare: the session where it is presented, its agenda item and its cut-off. */
public record RequestReport(
    @NotNull(
            message =
                "Indique el tipo de sesión en que se presenta el informe: ORDINARY (ordinaria)"
                    + " o EXTRAORDINARY (extraordinaria).")
        SessionType sessionType,
    @NotNull(message = "Indique la fecha de la sesión en que se presenta el informe (AAAA-MM-DD).")
        @PlausibleDate
        LocalDate sessionDate,
    @NotBlank(message = "Indique el punto del orden del día, p. ej. \"2\".")
        @Size(max = 20, message = "El punto del orden del día admite hasta 20 caracteres.")
        @Pattern(
            regexp = "\\s*[0-9]+(\\.[0-9]+)*\\.?\\s*",
            message = "El punto del orden del día se escribe con números, p. ej. \"2\" o \"4.1\".")
        @JsonDeserialize(using = RequestReport.AgendaItem.class)
        String agendaItem,
    @NotNull(message = "Indique la fecha de corte (AAAA-MM-DD).") @PlausibleDate LocalDate cutoff) {

  /** "2" and 2 both name point 2 of the agenda. */
  static final class AgendaItem extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING) || parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return parser.getText();
      }
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
  }
}
