package mx.ine.cspen.seguimiento.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of commissions: each one with its Secretaría Técnica, its groups and its
 * areas; a form to add a commission and one to add an area to each. Nothing typed is lost on a
 * mistake: the form comes back as typed, with the problem beside each field.
 */
@PageController
@RequestMapping("/administracion/comisiones")
class CommissionPageController {

  private final Commissions commissions;
  private final CommissionService service;
  private final InputValidator validator;

  CommissionPageController(
      Commissions commissions, CommissionService service, InputValidator validator) {
    this.commissions = commissions;
    this.service = service;
    this.validator = validator;
  }

  /** The new commission's form, as typed; the glossary one term per line. */
  static final class CommissionForm {
    private String code = "";
    private String name = "";
    private String shortName = "";
    private String secretariatUnit = "";
    private String secretariatName = "";
    private String reportTitle = "";
    private String legalBasis = "";
    private String folioPrefix = "";
    private String glossary = "";

    /** The glossary's lines that do not read as a term and its meaning. */
    private final List<InvalidInputException.FieldProblem> glossaryProblems = new ArrayList<>();

    /**
     * The command, checked: every problem of every field at once, the glossary's lines included.
     */
    RegisterCommission command(InputValidator validator) {
      glossaryProblems.clear();
      RegisterCommission command = build();
      List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
      try {
        validator.check(command);
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
      problems.addAll(glossaryProblems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return command;
    }

    private RegisterCommission build() {
      return new RegisterCommission(
          code,
          name,
          shortName,
          secretariatUnit,
          secretariatName,
          reportTitle,
          legalBasis,
          folioPrefix,
          terms());
    }

    /** "DEOE: Dirección Ejecutiva de Organización Electoral." per line. */
    private List<RegisterCommission.Term> terms() {
      List<RegisterCommission.Term> terms = new ArrayList<>();
      List<InvalidInputException.FieldProblem> problems = glossaryProblems;
      String[] lines = glossary == null ? new String[0] : glossary.split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || colon == line.length() - 1) {
          problems.add(
              new InvalidInputException.FieldProblem(
                  "glossary",
                  "Línea "
                      + (i + 1)
                      + " del glosario: escriba el término, dos puntos y su significado (por"
                      + " ejemplo, «DEOE: Dirección Ejecutiva de Organización Electoral.»)."));
          continue;
        }
        terms.add(
            new RegisterCommission.Term(
                line.substring(0, colon).strip(), line.substring(colon + 1).strip(), null));
      }
      return terms;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getShortName() {
      return shortName;
    }

    public void setShortName(String shortName) {
      this.shortName = shortName;
    }

    public String getSecretariatUnit() {
      return secretariatUnit;
    }

    public void setSecretariatUnit(String secretariatUnit) {
      this.secretariatUnit = secretariatUnit;
    }

    public String getSecretariatName() {
      return secretariatName;
    }

    public void setSecretariatName(String secretariatName) {
      this.secretariatName = secretariatName;
    }

    public String getReportTitle() {
      return reportTitle;
    }

    public void setReportTitle(String reportTitle) {
      this.reportTitle = reportTitle;
    }

    public String getLegalBasis() {
      return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
      this.legalBasis = legalBasis;
    }

    public String getFolioPrefix() {
      return folioPrefix;
    }

    public void setFolioPrefix(String folioPrefix) {
      this.folioPrefix = folioPrefix;
    }

    public String getGlossary() {
      return glossary;
    }

    public void setGlossary(String glossary) {
      this.glossary = glossary;
    }
  }

  /** An area to add, as typed. */
  static final class AreaForm {
    private String code = "";
    private String name = "";

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** One commission as the page lists it. */
  record Row(Commission commission, List<Area> areas) {}

  @GetMapping
  String list(CurrentUser user, Model model) {
    RoleChecks.requireAdministrator(user, "da de alta comisiones y áreas");
    return page(new CommissionForm(), Map.of(), null, new AreaForm(), Map.of(), user, model);
  }

  @PostMapping
  String register(
      @ModelAttribute("form") CommissionForm form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    RoleChecks.requireAdministrator(user, "da de alta comisiones y áreas");
    try {
      Commission commission = service.register(form.command(validator), user);
      redirect.addFlashAttribute(
          "message",
          "Se dio de alta la comisión "
              + commission.getCode()
              + ". Agregue sus áreas y ponga a su Secretaría Técnica en el grupo "
              + commission.getSecretariatGroup()
              + " y a sus integrantes en "
              + commission.getMembersGroup()
              + ".");
      return "redirect:/administracion/comisiones#comision-" + commission.getCode();
    } catch (InvalidInputException e) {
      return page(form, byField(e), null, new AreaForm(), Map.of(), user, model);
    } catch (ConflictException e) {
      return page(
          form, Map.of("form", e.getMessage()), null, new AreaForm(), Map.of(), user, model);
    }
  }

  @PostMapping("/{code}/areas")
  String addArea(
      @PathVariable String code,
      @ModelAttribute("areaForm") AreaForm form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    RoleChecks.requireAdministrator(user, "da de alta comisiones y áreas");
    try {
      Area area = service.addArea(code, new RegisterArea(form.getCode(), form.getName()), user);
      redirect.addFlashAttribute(
          "message",
          "Se agregó el área «"
              + area.getName()
              + "» a la comisión "
              + commissions.codeOf(area.getCommissionId())
              + "; su personal va en el grupo "
              + Area.groupOf(area.getCode())
              + ".");
      return "redirect:/administracion/comisiones#comision-" + code;
    } catch (InvalidInputException e) {
      return page(new CommissionForm(), Map.of(), code, form, byField(e), user, model);
    } catch (ConflictException e) {
      return page(
          new CommissionForm(), Map.of(), code, form, Map.of("form", e.getMessage()), user, model);
    }
  }

  private String page(
      CommissionForm form,
      Map<String, String> errors,
      String areaCommission,
      AreaForm areaForm,
      Map<String, String> areaErrors,
      CurrentUser user,
      Model model) {
    model.addAttribute(
        "rows",
        commissions.all().stream().map(c -> new Row(c, commissions.areasOf(c.getId()))).toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("areaCommission", areaCommission);
    model.addAttribute("areaForm", areaForm);
    model.addAttribute("areaErrors", areaErrors);
    model.addAttribute("user", user);
    return "commissions/list";
  }

  private static Map<String, String> byField(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.problems()
        .forEach(
            p -> {
              String field = p.field() == null ? "form" : p.field();
              // The glossary's terms are typed as lines of one field.
              if (field.startsWith("glossary")) {
                field = "glossary";
              }
              errors.merge(field, p.message(), (a, b) -> a + " " + b);
            });
    return errors;
  }
}
