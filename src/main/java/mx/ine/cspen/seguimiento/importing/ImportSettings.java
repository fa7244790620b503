package mx.ine.cspen.seguimiento.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the annex import ({@code seguimiento.import.*} in application.yaml). An annex of a
 * whole year is a few hundred rows and well under a megabyte; the limits keep a wrong file from
 * tying up the server.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most data rows accepted in one file
 */
@ConfigurationProperties("seguimiento.import")
public record ImportSettings(
    @DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("2000") int maxRows) {}
