package mx.ine.cspen.seguimiento.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
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
    secureHeaders(http, API_POLICY, request -> true);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain application(
      HttpSecurity http,
      AuthenticationManager authentication,
      CamundaIdentityAuthenticationProvider users,
      SignInThrottle throttle,
      IdentityService identity,
      CurrentUsers currentUsers,
      @Value("${seguimiento.api-docs-public:false}") boolean apiDocsPublic)
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
                        // The webapps' static files; their data comes from /camunda/api.
                        withDefaults().matcher("/camunda/app/**"),
                        withDefaults().matcher("/camunda/assets/**"),
                        withDefaults().matcher("/camunda/lib/**"),
                        withDefaults().matcher("/camunda/api/*/plugin/*/static/**"),
                        webappLogin)
                    .permitAll()
                    .requestMatchers(
                        withDefaults().matcher("/swagger-ui.html"),
                        withDefaults().matcher("/swagger-ui/**"),
                        withDefaults().matcher("/v3/api-docs/**"))
                    .access(
                        apiDocsPublic
                            ? (auth, context) -> new AuthorizationDecision(true)
                            : AuthenticatedAuthorizationManager.authenticated())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (request, response, exception) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (exception instanceof SignInThrottledException throttled
                                        ? "/login?espera=" + (throttled.waitTime().toSeconds() + 1)
                                        : "/login?error"))))
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
        .addFilterBefore(new WebappLoginBridge(webappLogin, users, throttle), CsrfFilter.class)
        .addFilterAfter(
            new EngineIdentityFilter(identity, currentUsers), AuthorizationFilter.class);
    // Camunda's webapps send their own Content-Security-Policy (application.yaml).
    RequestMatcher webapps = withDefaults().matcher("/camunda/**");
    secureHeaders(http, PAGE_POLICY, request -> !webapps.matches(request) && !api.matches(request));
    http.headers(
        headers ->
            headers.addHeaderWriter(
                new DelegatingRequestMatcherHeaderWriter(
                    api, new ContentSecurityPolicyHeaderWriter(API_POLICY))));
    return http.build();
  }

  /**
   * Our pages: scripts only from our own files (no inline script), no plugins, no framing, forms
   * only to ourselves. Inline styles stay allowed: the diagram viewer and Bootstrap's components
   * set them.
   */
  static final String PAGE_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** The APIs answer data, never a page to run. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /** No camera, microphone, location or payment is ever asked for. */
  static final String PERMISSIONS =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  /**
   * The browser's protections, with Camunda Run's production profile as the reference: the content
   * policy, no referrer sent to other sites, no powerful features, and HSTS when the request came
   * over HTTPS (behind a proxy, as FORWARD_HEADERS_STRATEGY tells).
   */
  private static void secureHeaders(
      HttpSecurity http, String contentPolicy, RequestMatcher ownContent) throws Exception {
    http.headers(
        headers ->
            headers
                .referrerPolicy(
                    referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS))
                .addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        ownContent, new ContentSecurityPolicyHeaderWriter(contentPolicy)))
                .httpStrictTransportSecurity(
                    hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
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
