package mx.ine.cspen.seguimiento.commission;

import jakarta.servlet.http.HttpServletRequest;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.CurrentUsers;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The selector's choice, kept for the rest of the person's session; the dashboard opens in the
 * chosen commission.
 */
@PageController
class CommissionChoiceController {

  private final CurrentUsers users;

  CommissionChoiceController(CurrentUsers users) {
    this.users = users;
  }

  @PostMapping("/comision")
  String choose(
      @RequestParam(CurrentUsers.PARAMETER) String code,
      Authentication authentication,
      HttpServletRequest request) {
    // Refuses a commission the person does not belong to (403), or none that exists (400).
    CurrentUser user = users.actingIn(users.of(authentication), code.strip());
    request
        .getSession()
        .setAttribute(
            CurrentUsers.SESSION_ATTRIBUTE,
            user.acting() == null ? CurrentUsers.ALL : users.codeOf(user.acting()));
    return "redirect:/";
  }
}
