package mx.ine.cspen.seguimiento.security;

import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who reads {@code /actuator/prometheus}: the group {@value #MONITORING} and administrators.
 *
 * <p>A dedicated group, because a scraper's password sits in the monitoring system's configuration:
 * an account in {@value #MONITORING} reads the figures and nothing else (no commitment, no webapp,
 * no change), so that password opens nothing if it leaks. Administrators may read them too, in
 * their browser session. Everyone else is refused, signed in or not.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringAccess {

  static final String MONITORING = "monitoreo";

  @Bean
  @Order(0)
  SecurityFilterChain monitoring(HttpSecurity http, AuthenticationManager authentication)
      throws Exception {
    String prefix = CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX;
    http.securityMatcher(withDefaults().matcher("/actuator/prometheus"))
        .authenticationManager(authentication)
        .authorizeHttpRequests(
            requests ->
                requests
                    .anyRequest()
                    .hasAnyAuthority(prefix + MONITORING, prefix + Groups.ADMINISTRATORS))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(true)))
        // A scraper gets no session; an administrator's browser session is read, not created.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(ProblemResponses.unauthorized(true))
                    .accessDeniedHandler(ProblemResponses.forbidden()));
    return http.build();
  }

  /** The group exists from the first start; an administrator adds the scraper's account to it. */
  @Bean
  @Order(1)
  ApplicationRunner monitoringGroup(IdentityService identity) {
    return args -> {
      if (identity.createGroupQuery().groupId(MONITORING).count() == 0) {
        Group group = identity.newGroup(MONITORING);
        group.setName("Monitoreo (solo métricas)");
        group.setType(GROUP_TYPE_SYSTEM);
        identity.saveGroup(group);
      }
    };
  }
}
