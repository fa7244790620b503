package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

  /** Every "now" and "today" of the domain comes from this clock, in the product's zone. */
  @Bean
  Clock clock(AppProperties properties) {
    return Clock.system(properties.timeZone());
  }

  /**
   * No rewriting of the pages' links. With WebJars on the classpath Spring Boot registers this
   * filter, which asks the resource chain about every {@code @{…}} link of every page (a classpath
   * search per folio on the dashboard). Our links need no rewriting: the WebJars' addresses carry
   * no version and the resource chain resolves each of them once, when it is first requested, and
   * keeps the answer in its cache.
   */
  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
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
