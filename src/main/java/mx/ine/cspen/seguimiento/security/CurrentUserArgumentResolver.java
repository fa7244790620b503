package mx.ine.cspen.seguimiento.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take the authenticated {@link CurrentUser} as a parameter. */
@Component
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

  private final CurrentUsers users;

  CurrentUserArgumentResolver(CurrentUsers users) {
    this.users = users;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return CurrentUser.class.equals(parameter.getParameterType());
  }

  @Override
  public CurrentUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return users.of(
        SecurityContextHolder.getContext().getAuthentication(),
        webRequest.getNativeRequest(HttpServletRequest.class));
  }
}
