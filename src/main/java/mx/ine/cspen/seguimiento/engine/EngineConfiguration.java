package mx.ine.cspen.seguimiento.engine;

import mx.ine.cspen.seguimiento.security.Groups;
import mx.ine.cspen.seguimiento.security.VerifiedCredentials;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  /** Picked up by Camunda's Spring Boot starter like every ProcessEnginePlugin bean. */
  @Bean
  EngineGuard engineGuard(VerifiedCredentials credentials) {
    return new EngineGuard(Groups::readsOnly, credentials::forgetAll);
  }

  /** Changes refused through the engine's REST APIs answer 4xx with a Spanish message. */
  @Bean
  FilterRegistrationBean<EngineRestErrors> engineRestErrors() {
    FilterRegistrationBean<EngineRestErrors> registration =
        new FilterRegistrationBean<>(new EngineRestErrors());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
