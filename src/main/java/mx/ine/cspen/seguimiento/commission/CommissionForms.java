package mx.ine.cspen.seguimiento.commission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Tasklist forms that list the areas (and, with several commissions, the commissions), written
 * from the catalogue: a Camunda Form's options are fixed in the form, so when an administrator adds
 * a commission or an area the forms are deployed again, as a new version that the models take
 * ({@code camunda:formRefBinding="latest"}). The files in {@code forms/} are the templates.
 *
 * <p>With one commission the forms are the templates with its areas. With several, each form shows
 * one area list per commission, only the one of the commitment's commission (the task's {@code
 * commissionCode}, or the start form's own choice); the first commission's keeps the key {@code
 * areaCode}, the others' are {@code areaCode_<CODE>}.
 */
@Component
@Order(2)
public class CommissionForms implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CommissionForms.class);

  /** The key of the start forms' commission choice, and of the tasks' commission in context. */
  public static final String COMMISSION_KEY = "commissionCode";

  /**
   * Where a task's form finds its commission: in the task's context variable ({@code
   * CommitmentProcess.TaskContext.VARIABLE}), which the forms read by path.
   */
  static final String TASK_COMMISSION_PATH = "commitment." + COMMISSION_KEY;

  /** The key of the first commission's area list. */
  public static final String AREA_KEY = "areaCode";

  static final String DEPLOYMENT_NAME = "seguimiento-formularios";

  /**
   * The templates whose area list is the catalogue's; the start forms also choose the commission.
   */
  private static final Map<String, Boolean> TEMPLATES =
      Map.of(
          "assign-area.form", false,
          "register-commitment.form", true,
          "request-report.form", true);

  private final RepositoryService repository;
  private final CommissionRepository commissions;
  private final AreaRepository areas;
  private final ObjectMapper json = new ObjectMapper();

  CommissionForms(
      RepositoryService repository, CommissionRepository commissions, AreaRepository areas) {
    this.repository = repository;
    this.commissions = commissions;
    this.areas = areas;
  }

  /** The area list's key for a commission's areas in the forms written now. */
  public static String areaKey(boolean first, String commissionCode) {
    return first ? AREA_KEY : AREA_KEY + "_" + commissionCode;
  }

  @Override
  public void run(ApplicationArguments args) {
    refresh();
  }

  /** Deploys the forms again if the catalogue changed what they should show. */
  public void refresh() {
    Map<String, String> written = new LinkedHashMap<>();
    for (Map.Entry<String, Boolean> template : TEMPLATES.entrySet()) {
      written.put(template.getKey(), write(template.getKey(), template.getValue()));
    }
    if (written.entrySet().stream()
        .allMatch(
            form -> deployed(form.getKey()).map(tree(form.getValue())::equals).orElse(false))) {
      return;
    }
    var deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME);
    written.forEach((name, form) -> deployment.addString("forms/" + name, form));
    Deployment done = deployment.deploy();
    log.info("Deployed the forms with the catalogue's commissions and areas ({})", done.getId());
  }

  private JsonNode tree(String form) {
    try {
      return json.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The form as the models take it now: from the latest deployment that holds it. */
  private Optional<JsonNode> deployed(String name) {
    for (Deployment deployment :
        repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 20)) {
      for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
        if (resource.endsWith(name)) {
          try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource)) {
            return Optional.of(json.readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return Optional.empty();
  }

  private String write(String templateName, boolean choosesCommission) {
    ObjectNode form;
    try (InputStream in = new ClassPathResource("forms/" + templateName).getInputStream()) {
      form = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Commission> all = commissions.findAllByOrderByIdAsc();
    ArrayNode components = (ArrayNode) form.get("components");
    ArrayNode rewritten = json.createArrayNode();
    for (JsonNode component : components) {
      if (!AREA_KEY.equals(component.path("key").asText())) {
        rewritten.add(component);
        continue;
      }
      if (choosesCommission && all.size() > 1) {
        rewritten.add(commissionChoice(all));
      }
      for (int i = 0; i < all.size(); i++) {
        Commission commission = all.get(i);
        ObjectNode list = ((ObjectNode) component).deepCopy();
        if (i > 0) {
          list.put("id", component.get("id").asText() + "_" + commission.getCode());
          list.put("key", areaKey(false, commission.getCode()));
        }
        if (all.size() > 1) {
          list.put("label", component.get("label").asText() + " (" + commission.getCode() + ")");
          list.set(
              "conditional",
              json.createObjectNode()
                  .put(
                      "hide",
                      "="
                          + (choosesCommission ? COMMISSION_KEY : TASK_COMMISSION_PATH)
                          + " != \""
                          + commission.getCode()
                          + "\""));
        }
        ArrayNode values = json.createArrayNode();
        for (Area area : areas.findByCommissionIdOrderByNameAsc(commission.getId())) {
          values.add(
              json.createObjectNode().put("label", area.getName()).put("value", area.getCode()));
        }
        if (i == 0 && all.size() == 1) {
          // One commission: the template's order of its areas, then any added later.
          values = inTemplateOrder((ArrayNode) component.get("values"), values);
        }
        list.set("values", values);
        rewritten.add(list);
      }
    }
    form.set("components", rewritten);
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(form) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode commissionChoice(List<Commission> all) {
    ObjectNode choice = json.createObjectNode();
    choice.put("type", "select");
    choice.put("id", "Field_CommissionCode");
    choice.put("key", COMMISSION_KEY);
    choice.put("label", "Comisión");
    choice.put("description", "La comisión cuya Secretaría Técnica registra.");
    ArrayNode values = json.createArrayNode();
    for (Commission commission : all) {
      values.add(
          json.createObjectNode()
              .put("label", commission.getName() + " (" + commission.getCode() + ")")
              .put("value", commission.getCode()));
    }
    choice.set("values", values);
    // The first commission's people, who had no choice before, find theirs already chosen.
    choice.put("defaultValue", all.get(0).getCode());
    choice.set("validate", json.createObjectNode().put("required", true));
    return choice;
  }

  private ArrayNode inTemplateOrder(ArrayNode template, ArrayNode catalogue) {
    ArrayNode ordered = json.createArrayNode();
    for (JsonNode value : template) {
      for (JsonNode area : catalogue) {
        if (area.get("value").equals(value.get("value"))) {
          ordered.add(area);
        }
      }
    }
    for (JsonNode area : catalogue) {
      boolean inTemplate = false;
      for (JsonNode value : template) {
        inTemplate |= value.get("value").equals(area.get("value"));
      }
      if (!inTemplate) {
        ordered.add(area);
      }
    }
    return ordered;
  }
}
