package mx.ine.cspen.seguimiento.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The link bar for Camunda's webapps, which cannot render our templates. */
@RestController
class NavigationController {

  private final Navigation navigation;

  NavigationController(Navigation navigation) {
    this.navigation = navigation;
  }

  /**
   * @param readOnly the person reads everything and changes nothing (a commission's members)
   */
  record Bar(String user, List<Navigation.Link> links, boolean readOnly) {}

  @GetMapping("/api/navigation")
  Bar bar(CurrentUser user) {
    return new Bar(user.id(), navigation.links(user), navigation.readOnly(user));
  }
}
