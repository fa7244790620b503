package mx.ine.cspen.seguimiento;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.notification.NotificationEmailProcess;
import mx.ine.cspen.seguimiento.report.FollowUpReportProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;

/**
 * The hand-written models in {@code processes/} and {@code forms/} against the code: the contract
 * classes name ids, messages and form fields the models really have (a renamed id fails here, not
 * at run time), every constant they declare is used, every expression names a bean the application
 * has, every gateway with a choice has a default, and no expression reads a variable a form or a
 * REST caller could write — the processes decide by the domain's tables, through beans.
 */
class ProcessModelContractTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

  /** Identifiers an expression starts from (not after a dot, not a string, not a call's name). */
  private static final Pattern ROOT = Pattern.compile("(?<![.\\w'\"])([a-zA-Z_]\\w*)");

  /**
   * Variables an expression may read besides beans: the engine's own names for the current
   * execution and task, and the element variable of the report's multi-instance task, written by
   * the engine from the collection the report computes (no caller can write it: see
   * engine/CommandPolicy).
   */
  private static final Set<String> ENGINE_NAMES =
      Set.of("execution", "task", FollowUpReportProcess.Variables.AREA_GROUP);

  private static final Map<String, Class<?>> CONTRACTS =
      Map.of(
          "commitment.bpmn", CommitmentProcess.class,
          "follow-up-report.bpmn", FollowUpReportProcess.class,
          "notification-email.bpmn", NotificationEmailProcess.class);

  private static Map<String, BpmnModelInstance> models;
  private static Map<String, String> modelXml;
  private static Map<String, Set<String>> formKeys;
  private static Set<String> beans;

  @BeforeAll
  static void read() throws Exception {
    models = new LinkedHashMap<>();
    modelXml = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
        modelXml.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    formKeys = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = json.readTree(file.toFile());
        Set<String> keys = new TreeSet<>();
        collectKeys(form, keys);
        formKeys.put(form.get("id").asText(), keys);
      }
    }
    beans = beanNames();
  }

  @Test
  void everyModelHasItsContractClass() {
    assertThat(models.keySet()).containsExactlyInAnyOrderElementsOf(CONTRACTS.keySet());
    for (Map.Entry<String, Class<?>> contract : CONTRACTS.entrySet()) {
      Process process =
          models.get(contract.getKey()).getModelElementsByType(Process.class).iterator().next();
      assertThat(process.getId())
          .as(contract.getKey())
          .isEqualTo(constant(contract.getValue(), "KEY"));
    }
  }

  @Test
  void everyElementIdOfTheContractsIsInItsModel() {
    for (Map.Entry<String, Class<?>> contract : CONTRACTS.entrySet()) {
      BpmnModelInstance model = models.get(contract.getKey());
      for (String id : constants(nested(contract.getValue(), "Elements")).values()) {
        assertThat(model.<BaseElement>getModelElementById(id))
            .as(
                "%s names %s, which %s does not have",
                contract.getValue().getSimpleName(), id, contract.getKey())
            .isNotNull();
      }
    }
  }

  @Test
  void everyMessageOfTheContractsIsInItsModelAndTheOtherWayRound() {
    for (Map.Entry<String, Class<?>> contract : CONTRACTS.entrySet()) {
      Set<String> inModel =
          models.get(contract.getKey()).getModelElementsByType(Message.class).stream()
              .map(Message::getName)
              .collect(Collectors.toSet());
      Class<?> messages = nested(contract.getValue(), "Messages");
      Set<String> inContract =
          messages == null ? Set.of() : new HashSet<>(constants(messages).values());
      assertThat(inContract).as(contract.getKey()).isEqualTo(inModel);
    }
  }

  @Test
  void everyFormReferencedByAModelExistsAndEveryFormIsReferenced() {
    Set<String> referenced = new TreeSet<>();
    for (BpmnModelInstance model : models.values()) {
      model.getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaFormRef)
          .filter(ref -> ref != null)
          .forEach(referenced::add);
      model.getModelElementsByType(StartEvent.class).stream()
          .map(StartEvent::getCamundaFormRef)
          .filter(ref -> ref != null)
          .forEach(referenced::add);
    }
    assertThat(referenced).isEqualTo(formKeys.keySet());
  }

  @Test
  void everyFormFieldOfTheContractsIsAFieldOfSomeForm() {
    Set<String> allKeys =
        formKeys.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    for (Class<?> contract : CONTRACTS.values()) {
      Class<?> fields = nested(contract, "FormFields");
      if (fields == null) {
        continue;
      }
      for (Map.Entry<String, String> field : constants(fields).entrySet()) {
        if (field.getKey().startsWith("DECISION_")) {
          continue; // an option's value, not a field
        }
        assertThat(allKeys)
            .as("%s.FormFields.%s", contract.getSimpleName(), field.getKey())
            .contains(field.getValue());
      }
    }
  }

  @Test
  void everyConstantOfTheContractsIsUsedSomewhere() throws IOException {
    Map<Path, String> code = sources();
    List<String> unused = new ArrayList<>();
    for (Class<?> contract : CONTRACTS.values()) {
      Path own = Path.of("src/main/java", contract.getName().replace('.', '/') + ".java");
      for (Class<?> nested : contract.getDeclaredClasses()) {
        for (String name : constants(nested).keySet()) {
          Pattern qualified =
              Pattern.compile("\\b" + nested.getSimpleName() + "\\." + name + "\\b");
          boolean usedElsewhere =
              code.entrySet().stream()
                  .anyMatch(f -> !f.getKey().equals(own) && qualified.matcher(f.getValue()).find());
          boolean usedInItsClass =
              Pattern.compile("\\b" + name + "\\b").matcher(code.get(own)).results().count() > 1;
          if (!usedElsewhere && !usedInItsClass) {
            unused.add(contract.getSimpleName() + "." + nested.getSimpleName() + "." + name);
          }
        }
      }
    }
    assertThat(unused).as("declared and used nowhere").isEmpty();
  }

  @Test
  void everyGatewayWithAChoiceHasADefaultFlow() {
    for (Map.Entry<String, BpmnModelInstance> model : models.entrySet()) {
      for (FlowNode gateway : gateways(model.getValue())) {
        if (gateway.getOutgoing().size() > 1) {
          String defaultFlow = gateway.getAttributeValue("default");
          assertThat(defaultFlow).as("%s: %s", model.getKey(), gateway.getId()).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyExpressionStartsFromABeanOrTheEngineNeverFromAVariableACallerCouldWrite() {
    Set<String> writable =
        formKeys.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    for (Map.Entry<String, String> model : modelXml.entrySet()) {
      Matcher expressions = EXPRESSION.matcher(model.getValue());
      while (expressions.find()) {
        String expression = expressions.group(1);
        assertThat(expression)
            .as("%s: ${%s} reads a variable by name", model.getKey(), expression)
            .doesNotContain("getVariable");
        for (String root : roots(expression)) {
          assertThat(writable)
              .as("%s: ${%s} reads %s, a form's field", model.getKey(), expression, root)
              .doesNotContain(root);
          assertThat(beans.contains(root) || ENGINE_NAMES.contains(root))
              .as(
                  "%s: ${%s} starts from %s, which is no bean of the application",
                  model.getKey(), expression, root)
              .isTrue();
        }
      }
    }
  }

  @Test
  void theCommitmentProcessReadsNoVariableAtAll() {
    Matcher expressions = EXPRESSION.matcher(modelXml.get("commitment.bpmn"));
    while (expressions.find()) {
      for (String root : roots(expressions.group(1))) {
        assertThat(beans.contains(root) || root.equals("execution") || root.equals("task"))
            .as("${%s}", expressions.group(1))
            .isTrue();
      }
    }
  }

  // --- Reading the models and the code ----------------------------------------------------------

  private static Set<String> roots(String expression) {
    String withoutStrings = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
    Set<String> roots = new TreeSet<>();
    Matcher matcher = ROOT.matcher(withoutStrings);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne")
          .contains(name)) {
        roots.add(name);
      }
    }
    return roots;
  }

  private static List<FlowNode> gateways(BpmnModelInstance model) {
    List<FlowNode> gateways = new ArrayList<>();
    gateways.addAll(model.getModelElementsByType(ExclusiveGateway.class));
    gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
    return gateways;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  /** The names of the application's beans, from its annotations (without starting it). */
  private static Set<String> beanNames() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        new org.springframework.core.type.filter.AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> found = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("mx.ine.cspen.seguimiento")) {
      found.add(names.generateBeanName(candidate, registry));
      if (candidate instanceof AnnotatedBeanDefinition) {
        Class<?> type = Class.forName(candidate.getBeanClassName());
        for (Method method : type.getDeclaredMethods()) {
          Bean bean = method.getAnnotation(Bean.class);
          if (bean != null) {
            found.addAll(bean.name().length > 0 ? List.of(bean.name()) : List.of(method.getName()));
          }
        }
      }
    }
    return found;
  }

  /** The project's Java sources (this test's own left out), by path. */
  private static Map<Path, String> sources() throws IOException {
    Map<Path, String> code = new LinkedHashMap<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (!file.getFileName().toString().equals("ProcessModelContractTest.java")) {
            code.put(file, Files.readString(file));
          }
        }
      }
    }
    return code;
  }

  private static Class<?> nested(Class<?> contract, String name) {
    return Stream.of(contract.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The class's public static String constants, by field name. */
  private static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new LinkedHashMap<>();
    if (type == null) {
      return constants;
    }
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && Modifier.isPublic(modifiers)
          && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  private static String constant(Class<?> type, String name) {
    try {
      return (String) type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
