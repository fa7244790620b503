package mx.ine.cspen.seguimiento;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SeguimientoApplication {

  public static void main(String[] args) {
    SpringApplication.run(SeguimientoApplication.class, args);
  }
}
