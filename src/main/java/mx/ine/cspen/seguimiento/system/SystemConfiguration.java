package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The clock of the domain, and the scheduled work (the nightly drift check). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

  /** Every "now" and "today" of the domain comes from this clock, in the product's zone. */
  @Bean
  Clock clock(AppProperties properties) {
    return Clock.system(properties.timeZone());
  }
}
