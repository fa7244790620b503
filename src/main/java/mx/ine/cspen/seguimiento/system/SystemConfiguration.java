package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

  /** Every "now" and "today" of the domain comes from this clock, in the product's zone. */
  @Bean
  Clock clock(AppProperties properties) {
    return Clock.system(properties.timeZone());
  }

  /** Refused form submissions in the engine's APIs answer with the domain's message. */
  @Bean
  FilterRegistrationBean<TaskFormErrorFilter> taskFormErrors() {
    FilterRegistrationBean<TaskFormErrorFilter> registration =
        new FilterRegistrationBean<>(new TaskFormErrorFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
