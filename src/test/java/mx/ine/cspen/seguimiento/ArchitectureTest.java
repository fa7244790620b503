package mx.ine.cspen.seguimiento;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The code's layout, as rules the build checks ({@code docs/testing.md}): where a newcomer expects
 * a concern is where it is, and a change that puts it elsewhere fails here, naming the class.
 */
@AnalyzeClasses(
    packages = "mx.ine.cspen.seguimiento",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Beside the workflows, the classes that read or configure the engine, each for one reason. */
  private static final Set<String> ENGINE_OWNERS =
      Set.of(
          "EngineReader", // the commitment page: where its process stands, its model
          "OpenTasks", // the person's open tasks, as the engine shows them to that person
          "TaskOpening", // claiming a task before Tasklist opens it
          "NotificationEngine", // the engine's reminders and the email process
          "CommissionForms", // deploying the Tasklist forms written from the catalogue
          "IdentitySetup"); // the groups' Tasklist filters

  /** Each feature depends only on those below it (a subpackage belongs to its feature). */
  @ArchTest
  static final ArchRule featuresDependOnEachOtherOneWay =
      slices().matching("mx.ine.cspen.seguimiento.(*)..").should().beFreeOfCycles();

  /** {@code system/} (errors, dates, settings) serves every feature and knows none. */
  @ArchTest
  static final ArchRule systemKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("mx.ine.cspen.seguimiento.system..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "mx.ine.cspen.seguimiento.system..", "java..", "jakarta..", "org..", "com..");

  /**
   * A commitment's history (its events, the values corrections changed, its progress reports) has
   * one writer, {@code CommitmentHistory}: registration, follow-up, imports and repairs record
   * through it.
   */
  @ArchTest
  static final ArchRule oneWriterOfACommitmentsHistory =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("mx.ine.cspen.seguimiento.commitment.CommitmentHistory")
          .should()
          .callMethodWhere(
              writes(
                  "mx.ine.cspen.seguimiento.commitment.CommitmentEventRepository",
                  "mx.ine.cspen.seguimiento.commitment.CommitmentChangeRepository",
                  "mx.ine.cspen.seguimiento.commitment.ProgressReportRepository"))
          .because("the history is append-only and written in one place");

  /**
   * The engine's services are called from the classes that own each process (its {@code …Workflow}
   * and the readers beside it), not from services, controllers or listeners: those go through them,
   * after the domain has checked the request.
   */
  @ArchTest
  static final ArchRule engineServicesHaveTheirOwners =
      noClasses()
          .that(
              DescribedPredicate.not(
                  DescribedPredicate.describe(
                      "own the engine",
                      (JavaClass c) ->
                          c.getPackageName().startsWith("mx.ine.cspen.seguimiento.engine")
                              || c.getSimpleName().endsWith("Workflow")
                              || ENGINE_OWNERS.contains(c.getSimpleName()))))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(
              RuntimeService.class,
              TaskService.class,
              FormService.class,
              HistoryService.class,
              RepositoryService.class,
              ManagementService.class);

  private static DescribedPredicate<JavaMethodCall> writes(String... repositories) {
    Set<String> owners = Set.of(repositories);
    return DescribedPredicate.describe(
        "a write of " + owners,
        call ->
            owners.contains(call.getTargetOwner().getFullName())
                && (call.getName().startsWith("save") || call.getName().startsWith("delete")));
  }
}
