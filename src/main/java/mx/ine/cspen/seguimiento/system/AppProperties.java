package mx.ine.cspen.seguimiento.system;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's own settings ({@code seguimiento.*} in application.yaml).
 *
 * @param timeZone the zone in which dates are read: "today", cut-off dates, session dates
 * @param demoUsers whether the demo users exist (demo profile only)
 * @param admin the first administrator of an installation without demo users
 */
@ConfigurationProperties("seguimiento")
public record AppProperties(
    @DefaultValue("America/Mexico_City") ZoneId timeZone,
    @DefaultValue("false") boolean demoUsers,
    @DefaultValue Admin admin) {

  public record Admin(String user, String password) {}
}
