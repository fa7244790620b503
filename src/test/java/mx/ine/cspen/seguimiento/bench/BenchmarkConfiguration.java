package mx.ine.cspen.seguimiento.bench;

import java.time.Clock;
import mx.ine.cspen.seguimiento.system.AppProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What the benchmark adds to the application it starts: the loader's clock. Not annotated as a
 * configuration, so that component scanning (the tests' applications) never finds it; the benchmark
 * hands it to Spring as a source of its own.
 */
class BenchmarkConfiguration {

  @Bean
  @Primary
  Clock benchmarkClock(AppProperties properties) {
    return new BenchmarkClock(properties.timeZone());
  }
}
