package mx.ine.cspen.seguimiento.commission;

import java.util.List;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/areas")
class AreaController {

  private final AreaRepository areas;

  AreaController(AreaRepository areas) {
    this.areas = areas;
  }

  /**
   * The areas of the commission the caller works in; of every commission for readers of all who
   * look at all of them at once.
   */
  @GetMapping
  List<AreaView> list(CurrentUser user) {
    List<Area> shown =
        user.acting() == null
            ? areas.findAllByOrderByNameAsc()
            : areas.findByCommissionIdOrderByNameAsc(user.acting());
    return shown.stream().map(AreaView::of).toList();
  }

  record AreaView(String code, String name) {
    static AreaView of(Area area) {
      return new AreaView(area.getCode(), area.getName());
    }
  }
}
