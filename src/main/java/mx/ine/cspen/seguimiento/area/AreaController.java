package mx.ine.cspen.seguimiento.area;

import java.util.List;
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

  @GetMapping
  List<AreaView> list() {
    return areas.findAllByOrderByNameAsc().stream().map(AreaView::of).toList();
  }

  record AreaView(String code, String name) {
    static AreaView of(Area area) {
      return new AreaView(area.getCode(), area.getName());
    }
  }
}
