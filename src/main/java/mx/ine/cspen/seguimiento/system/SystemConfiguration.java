package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** The clock of the domain, the scheduled work (the nightly drift check), Tomcat's errors. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
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

  /** What Tomcat refuses before the application sees it is answered in Spanish too. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> spanishServerErrors() {
    return factory ->
        factory.addContextCustomizers(
            context ->
                ((StandardHost) context.getParent())
                    .setErrorReportValveClass(SpanishErrorReportValve.class.getName()));
  }
}
