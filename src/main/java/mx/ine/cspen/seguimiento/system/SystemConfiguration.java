package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock of the domain, the scheduled work (the nightly drift check), Tomcat's errors. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

  /** Every "now" and "today" of the domain comes from this clock, in the product's zone. */
  @Bean
  Clock clock(AppProperties properties) {
    return Clock.system(properties.timeZone());
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
