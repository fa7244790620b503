package mx.ine.cspen.seguimiento.system;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON as people must send it: a text is a JSON string. {@code "text": 12} or {@code "reason":
 * true} is a mistake to report with the field, not a value to turn into "12" or "true". (Numbers
 * and booleans are strict already: application.yaml.)
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textIsText() {
    return builder ->
        builder.postConfigurer(
            mapper ->
                mapper
                    .coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
