package mx.ine.cspen.seguimiento.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One set of users (Camunda identity) and one login for the dashboard, the API, Tasklist, Cockpit,
 * Admin and the engine's REST API.
 *
 * <ul>
 *   <li>{@code /engine-rest/**}: HTTP Basic only, stateless: no cookie is ever trusted there.
 *   <li>everything else: our login page or HTTP Basic. The webapps learn who is signed in through
 *       Camunda's container-based authentication; Camunda's own login page signs in the whole
 *       session ({@link WebappLoginBridge}).
 * </ul>
 *
 * Browser sessions are protected against cross-site requests: Spring's CSRF token for our pages and
 * API, Camunda's own CSRF filter for the webapps; requests that carry their credentials in an
 * Authorization header are not exposed to CSRF and need no token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/*/login/*";
  private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager authentication)
      throws Exception {
    http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
        .authenticationManager(authentication)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(true)))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors.accessDeniedHandler(ProblemResponses.forbidden()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(
      HttpSecurity http,
      AuthenticationManager authentication,
      CamundaIdentityAuthenticationProvider users,
      IdentityService identity)
      throws Exception {
    RequestMatcher api = withDefaults().matcher("/api/**");
    RequestMatcher webappApi = withDefaults().matcher("/camunda/api/**");
    RequestMatcher webappLogin = withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGIN);
    RequestMatcher webappLogout = withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGOUT);
    http.authenticationManager(authentication)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        withDefaults().matcher("/login"),
                        withDefaults().matcher("/error"),
                        withDefaults().matcher("/webjars/**"),
                        withDefaults().matcher("/css/**"),
                        withDefaults().matcher("/img/**"),
                        withDefaults().matcher("/favicon.ico"),
                        withDefaults().matcher("/actuator/health/**"),
                        withDefaults().matcher("/swagger-ui.html"),
                        withDefaults().matcher("/swagger-ui/**"),
                        withDefaults().matcher("/v3/api-docs/**"),
                        // The webapps' static files; their data comes from /camunda/api.
                        withDefaults().matcher("/camunda/app/**"),
                        withDefaults().matcher("/camunda/assets/**"),
                        withDefaults().matcher("/camunda/lib/**"),
                        withDefaults().matcher("/camunda/api/*/plugin/*/static/**"),
                        webappLogin)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(true)))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        ProblemResponses.unauthorized(false), new OrRequestMatcher(api, webappApi))
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .defaultAccessDeniedHandlerFor(
                        ProblemResponses.forbidden(), new OrRequestMatcher(api, webappApi)))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        new OrRequestMatcher(
                            withDefaults().matcher(HttpMethod.POST, "/logout"), webappLogout))
                    .logoutSuccessHandler(logoutSuccess(webappLogout)))
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(withDefaults().matcher("/camunda/**"))
                    // Credentials in a header, or an API call without any session: nothing a
                    // forged cross-site request could ride on (it is then refused with 401).
                    .ignoringRequestMatchers(new RequestHeaderRequestMatcher("Authorization"))
                    .ignoringRequestMatchers(
                        new AndRequestMatcher(
                            api, request -> request.getRequestedSessionId() == null)))
        .addFilterBefore(new WebappLoginBridge(webappLogin, users), CsrfFilter.class)
        .addFilterAfter(new EngineIdentityFilter(identity), AuthorizationFilter.class);
    return http.build();
  }

  /** Tasklist's "log out" ends the whole session and answers as Camunda would. */
  private static LogoutSuccessHandler logoutSuccess(RequestMatcher webappLogout) {
    return (request, response, authentication) -> {
      if (webappLogout.matches(request)) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.getWriter().write("{}");
      } else {
        response.sendRedirect(request.getContextPath() + "/login?logout");
      }
    };
  }

  /** The webapps take the user signed in by Spring Security. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** The engine's REST API runs as the user authenticated by HTTP Basic above. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }
}
