package mx.ine.cspen.seguimiento.commission;

import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The commissions of the installation (docs/api.md, "Commissions"). */
@RestController
@RequestMapping("/api/commissions")
class CommissionController {

  private final Commissions commissions;
  private final CommissionService service;

  CommissionController(Commissions commissions, CommissionService service) {
    this.commissions = commissions;
    this.service = service;
  }

  /**
   * @param secretariat the unit that acts as its Secretaría Técnica: "DESPEN"
   */
  record CommissionView(
      String code, String name, String shortName, String secretariat, String folioPrefix) {
    static CommissionView of(Commission c) {
      return new CommissionView(
          c.getCode(), c.getName(), c.getShortName(), c.getSecretariatUnit(), c.getFolioPrefix());
    }
  }

  record AreaView(String code, String name, String commission) {}

  /** The commissions the caller belongs to; every one for readers of all of them. */
  @GetMapping
  List<CommissionView> list(CurrentUser user) {
    return commissions.all().stream()
        .filter(c -> user.reads(c.getId()))
        .map(CommissionView::of)
        .toList();
  }

  @PostMapping
  ResponseEntity<CommissionView> register(
      @RequestBody RegisterCommission command, CurrentUser user) {
    Commission commission = service.register(command, user);
    return ResponseEntity.created(URI.create("/api/commissions/" + commission.getCode()))
        .body(CommissionView.of(commission));
  }

  @PostMapping("/{code}/areas")
  ResponseEntity<AreaView> addArea(
      @PathVariable String code, @RequestBody RegisterArea command, CurrentUser user) {
    Area area = service.addArea(code, command, user);
    String commission = commissions.codeOf(area.getCommissionId());
    return ResponseEntity.created(URI.create("/api/areas/" + area.getCode()))
        .body(new AreaView(area.getCode(), area.getName(), commission));
  }
}
