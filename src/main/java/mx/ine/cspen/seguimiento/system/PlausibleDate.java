package mx.ine.cspen.seguimiento.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date a person could mean in this product: from {@link #fromYear()} (1990 by default, before the
 * Servicio's first commission) to the end of 2100. A year typed as 20244 or -999999999 is a
 * mistake, and dates that far would not survive the database or the engine's timers. Null is left
 * to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

  String message() default
      "La fecha ${validatedValue} está fuera del intervalo admitido: del 1 de enero de {fromYear}"
          + " al 31 de diciembre de 2100.";

  int fromYear() default 1990;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  LocalDate LATEST = LocalDate.of(2100, 12, 31);

  class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

    private LocalDate earliest;

    @Override
    public void initialize(PlausibleDate annotation) {
      earliest = LocalDate.of(annotation.fromYear(), 1, 1);
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
      return date == null || (!date.isBefore(earliest) && !date.isAfter(LATEST));
    }
  }
}
