package mx.ine.cspen.seguimiento.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: where every commitment the user may read stands, and the user's own work. */
@PageController
class DashboardController {

  private final DashboardService dashboards;
  private final ObjectMapper json;

  DashboardController(DashboardService dashboards, ObjectMapper json) {
    this.dashboards = dashboards;
    this.json = json;
  }

  @GetMapping("/")
  String dashboard(
      @RequestParam(name = "estatus", required = false) CommitmentStatus status,
      @RequestParam(name = "area", required = false) String area,
      @RequestParam(name = "sesion", required = false) Long session,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "vencidos", required = false) String overdue,
      @RequestParam(name = "orden", required = false) String sort,
      @RequestParam(name = "dir", required = false) String direction,
      @RequestParam(name = "pagina", defaultValue = "1") int page,
      CurrentUser user,
      Model model) {
    AnnexQuery query =
        new AnnexQuery(
            status,
            area,
            session,
            text,
            "si".equals(overdue),
            sort(sort),
            "desc".equals(direction),
            page);
    Dashboard dashboard = dashboards.dashboard(user, query);
    model.addAttribute("user", user);
    model.addAttribute("works", DashboardService.works(user));
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("q", dashboard.annex().query());
    model.addAttribute("statuses", CommitmentStatus.values());
    model.addAttribute("areaChoices", dashboards.areaChoices(user));
    model.addAttribute("sorts", AnnexQuery.Sort.values());
    model.addAttribute("statusChart", statusChart(dashboard));
    model.addAttribute("areaChart", areaChart(dashboard));
    return "dashboard";
  }

  private static AnnexQuery.Sort sort(String value) {
    try {
      return AnnexQuery.Sort.fromParameter(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("orden", e.getMessage());
    }
  }

  /** The figures of the status table, for the chart drawn over it. */
  private String statusChart(Dashboard dashboard) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", dashboard.byStatus().stream().map(Dashboard.StatusTotal::label).toList());
    data.put("values", dashboard.byStatus().stream().map(Dashboard.StatusTotal::count).toList());
    return write(data);
  }

  /** The figures of the area table for the areas with open commitments, for the chart. */
  private String areaChart(Dashboard dashboard) {
    List<Dashboard.AreaFigures> areas =
        dashboard.byArea().stream().filter(area -> area.open() > 0).toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", areas.stream().map(Dashboard.AreaFigures::name).toList());
    data.put(
        "series",
        List.of(
            Map.of(
                "label",
                "Abiertos",
                "values",
                areas.stream().map(Dashboard.AreaFigures::open).toList()),
            Map.of(
                "label",
                "Vencidos",
                "values",
                areas.stream().map(Dashboard.AreaFigures::overdue).toList()),
            Map.of(
                "label",
                "En verificación",
                "values",
                areas.stream().map(Dashboard.AreaFigures::awaitingVerification).toList())));
    return write(data);
  }

  private String write(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
