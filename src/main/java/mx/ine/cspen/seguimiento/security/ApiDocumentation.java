package mx.ine.cspen.seguimiento.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's documentation at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  static {
    // The caller comes from the login, not from the request's parameters.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
  }

  @Bean
  OpenAPI seguimientoApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Seguimiento de Compromisos — API")
                .version("1")
                .description(
                    """
                Compromisos y acuerdos de las comisiones del Consejo General (la Comisión del \
                Servicio Profesional Electoral Nacional y las demás): sesiones, registro, asignación \
                de área, avances, verificación, cancelación e informes. Quien pertenece a varias \
                comisiones nombra con `?commission=CÓDIGO` aquella en la que trabaja.

                Autenticación: HTTP Basic con la misma cuenta de Tasklist, o la sesión del navegador \
                (con el token CSRF). Los errores son `application/problem+json` con un `detail` en \
                español; en errores de datos, `field` nombra el campo. Un error no cambia nada."""))
        .components(
            new Components()
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
