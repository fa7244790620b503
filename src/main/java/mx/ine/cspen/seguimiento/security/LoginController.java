package mx.ine.cspen.seguimiento.security;

import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

  /**
   * The login page; after too many failures from this client, how long to wait ({@code espera}).
   */
  @GetMapping("/login")
  String login(@RequestParam(name = "espera", required = false) Long seconds, Model model) {
    if (seconds != null && seconds > 0 && seconds < 86_400) {
      model.addAttribute("throttled", SignInThrottle.message(Duration.ofSeconds(seconds)));
    }
    return "login";
  }
}
