package mx.ine.cspen.seguimiento.commission;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.CurrentUsers;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The commission selector of every page's bar: shown to whoever may work in (or look at) more than
 * one commission, with the one they work in now selected. It posts to {@code /comision}.
 */
@ControllerAdvice(annotations = PageController.class)
class CommissionChoice {

  /**
   * @param code a commission's code, or {@link CurrentUsers#ALL} for all of them at once
   */
  record Option(String code, String label, boolean selected) {}

  private final Commissions commissions;
  private final CurrentUsers users;

  CommissionChoice(Commissions commissions, CurrentUsers users) {
    this.commissions = commissions;
    this.users = users;
  }

  @ModelAttribute("commissionChoices")
  List<Option> choices(Authentication authentication, HttpServletRequest request) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return List.of();
    }
    CurrentUser user;
    try {
      user = users.of(authentication, request);
    } catch (RuntimeException notSignedInOrNotChoosable) {
      return List.of();
    }
    List<Option> options = new ArrayList<>();
    if (user.readsEveryCommission()) {
      options.add(new Option(CurrentUsers.ALL, "Todas las comisiones", user.acting() == null));
    }
    for (Commission c : commissions.all()) {
      if (user.reads(c.getId())) {
        options.add(
            new Option(
                c.getCode(), c.getCode() + " · " + c.getName(), c.getId().equals(user.acting())));
      }
    }
    return options.size() > 1 ? options : List.of();
  }
}
