package mx.ine.cspen.seguimiento.dashboard;

import java.util.List;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentService;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the commitments the user may read, and the way to each tool. */
@Controller
class HomeController {

  private final CommitmentService commitments;

  HomeController(CommitmentService commitments) {
    this.commitments = commitments;
  }

  @GetMapping("/")
  String home(CurrentUser user, Model model) {
    List<Commitment> visible = commitments.search(null, null, null, user);
    model.addAttribute("user", user);
    model.addAttribute("commitments", visible);
    return "home";
  }
}
