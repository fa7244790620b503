package mx.ine.cspen.seguimiento.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/**
 * What each role may do in the engine, command by command, without an engine: the policy's
 * decisions on real command objects of Camunda 7.24, with the facts it would look up given here.
 */
class CommandPolicyTest {

  private static final String TASK = "task-1";
  private static final Set<String> PROGRESS_FORM = Set.of("percent", "narrative", "justification");
  private static final Set<String> START_FORM = Set.of("sessionType", "text");

  private static final CommandPolicy.Caller AREA =
      new CommandPolicy.Caller("ascenso", List.of("area-ascenso"), false, false);
  private static final CommandPolicy.Caller SECRETARIAT =
      new CommandPolicy.Caller("st", List.of("secretaria-tecnica"), false, false);
  private static final CommandPolicy.Caller COMMISSION =
      new CommandPolicy.Caller("consejera", List.of("comision"), false, true);
  private static final CommandPolicy.Caller ADMINISTRATOR =
      new CommandPolicy.Caller("admin", List.of("camunda-admin"), true, false);

  /** The builders of messages and signals want an executor; the policy never runs one. */
  private static final org.camunda.bpm.engine.impl.interceptor.CommandExecutor NOWHERE =
      new org.camunda.bpm.engine.impl.interceptor.CommandExecutor() {
        @Override
        public <T> T execute(Command<T> command) {
          throw new UnsupportedOperationException("The policy only decides");
        }
      };

  private String assignee;
  private boolean visible = true;
  private boolean exists = true;

  private final CommandPolicy policy =
      new CommandPolicy(
          new EngineFacts() {
            @Override
            public Optional<TaskFacts> task(String taskId) {
              return exists && taskId.equals(TASK)
                  ? Optional.of(
                      new TaskFacts(TASK, "Informar avance", assignee, "commitment:2:x", "Report"))
                  : Optional.empty();
            }

            @Override
            public boolean visibleToCaller(String taskId) {
              return visible;
            }

            @Override
            public Set<String> taskFormKeys(TaskFacts task) {
              return PROGRESS_FORM;
            }

            @Override
            public Set<String> startFormKeys(String processDefinitionId) {
              return processDefinitionId.startsWith("commitment") ? START_FORM : Set.of();
            }

            @Override
            public Optional<String> latestDefinitionId(String processDefinitionKey) {
              return Optional.of(processDefinitionKey + ":2:x");
            }
          });

  @Test
  void anAreaCompletesItsTaskWithItsFormsFieldsOnly() {
    assertAllowed(new CompleteTaskCmd(TASK, Map.of("percent", 40L, "narrative", "x")), AREA);
    assertAllowed(new SubmitTaskFormCmd(TASK, Map.of("percent", 40L), false, false), AREA);

    assertThatThrownBy(
            () ->
                policy.check(
                    new CompleteTaskCmd(TASK, Map.of("percent", 40L, "commitmentId", 9L)), AREA))
        .isInstanceOf(EngineRefusals.InputRefused.class)
        .hasMessageContaining("commitmentId");
    assertThatThrownBy(
            () ->
                policy.check(
                    new SubmitTaskFormCmd(
                        TASK, Map.of("areaGroup", "area-planeacion"), false, false),
                    AREA))
        .isInstanceOf(EngineRefusals.InputRefused.class);
  }

  @Test
  void aTaskClaimedBySomeoneElseIsCompletedOnlyByThem() {
    assignee = "ascenso2";

    assertThatThrownBy(() -> policy.check(new CompleteTaskCmd(TASK, Map.of()), AREA))
        .isInstanceOf(EngineRefusals.OperationRefused.class)
        .hasMessageContaining("ascenso2");
  }

  @Test
  void claimsAreForOneselfAndGivingBackIsForTheHolder() {
    assertAllowed(new ClaimTaskCmd(TASK, "ascenso"), AREA);
    assertThatThrownBy(() -> policy.check(new ClaimTaskCmd(TASK, "planeacion"), AREA))
        .isInstanceOf(EngineRefusals.OperationRefused.class);
    assertThatThrownBy(() -> policy.check(new AssignTaskCmd(TASK, "planeacion"), AREA))
        .isInstanceOf(EngineRefusals.OperationRefused.class);

    assignee = "ascenso";
    assertAllowed(new ClaimTaskCmd(TASK, null), AREA);
    assignee = "ascenso2";
    assertThatThrownBy(() -> policy.check(new ClaimTaskCmd(TASK, null), AREA))
        .isInstanceOf(EngineRefusals.OperationRefused.class);
  }

  @Test
  void aTaskThatDoesNotExistIsMissingAndOneOfAnotherAreaIsRefused() {
    exists = false;
    assertThatThrownBy(() -> policy.check(new ClaimTaskCmd(TASK, "ascenso"), AREA))
        .isInstanceOf(EngineRefusals.TargetMissing.class);

    exists = true;
    visible = false;
    assertThatThrownBy(() -> policy.check(new ClaimTaskCmd(TASK, "ascenso"), AREA))
        .isInstanceOf(EngineRefusals.OperationRefused.class)
        .hasMessageContaining("no le corresponde");
  }

  @Test
  void nobodyButAnAdministratorMovesAProcessDirectly() {
    List<Command<?>> moves =
        List.of(
            new SetExecutionVariablesCmd("execution-1", Map.of("areaGroup", "x"), false),
            new SetTaskVariablesCmd(TASK, Map.of("areaGroup", "x"), true),
            new CorrelateMessageCmd(
                new org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl(
                    NOWHERE, "Message_CommitmentCancelled"),
                false,
                false,
                false),
            new SignalEventReceivedCmd(
                new org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl(NOWHERE, "x")),
            new HandleTaskBpmnErrorCmd(TASK, "x"),
            new DelegateTaskCmd(TASK, "planeacion"),
            new DeleteProcessInstanceCmd("instance-1", "x", false, false, false, false, false));
    for (Command<?> move : moves) {
      for (CommandPolicy.Caller caller : List.of(AREA, SECRETARIAT, COMMISSION)) {
        assertThatThrownBy(() -> policy.check(move, caller))
            .as("%s by %s", move.getClass().getSimpleName(), caller.userId())
            .isInstanceOf(EngineRefusals.OperationRefused.class);
      }
      assertAllowed(move, ADMINISTRATOR);
      assertAllowed(move, null);
    }
  }

  @Test
  void startFormsStartWithTheirFieldsAndWithoutABusinessKey() {
    assertAllowed(
        new SubmitStartFormCmd("commitment:2:x", null, Map.of("sessionType", "ORDINARY")),
        SECRETARIAT);
    assertThatThrownBy(
            () ->
                policy.check(
                    new SubmitStartFormCmd("commitment:2:x", "CSPEN-2024-001", Map.of()),
                    SECRETARIAT))
        .isInstanceOf(EngineRefusals.InputRefused.class);
    assertThatThrownBy(
            () ->
                policy.check(
                    new SubmitStartFormCmd("commitment:2:x", null, Map.of("commitmentId", 1L)),
                    SECRETARIAT))
        .isInstanceOf(EngineRefusals.InputRefused.class);
    assertThatThrownBy(
            () ->
                policy.check(
                    new SubmitStartFormCmd("notification-email:1:x", null, Map.of()), SECRETARIAT))
        .isInstanceOf(EngineRefusals.OperationRefused.class);
  }

  @Test
  void theCommissionReadsAndWritesNothingNotEvenComments() {
    assertAllowed(new TaskQueryImpl(), COMMISSION);
    assertAllowed(new GetTaskVariableCmd(TASK, "folio", false), COMMISSION);
    assertThatThrownBy(() -> policy.check(new AddCommentCmd(TASK, null, "hola"), COMMISSION))
        .isInstanceOf(EngineRefusals.OperationRefused.class);
    assertThatThrownBy(() -> policy.check(new ClaimTaskCmd(TASK, "consejera"), COMMISSION))
        .isInstanceOf(EngineRefusals.OperationRefused.class);
    assertAllowed(new AddCommentCmd(TASK, null, "hola"), AREA);
  }

  @Test
  void theArgumentsThePolicyReadsAreWhereItLooks() {
    assertThat(CommandArguments.hasField(CompleteTaskCmd.class, "taskId")).isTrue();
    assertThat(CommandArguments.hasField(CompleteTaskCmd.class, "variables")).isTrue();
    assertThat(CommandArguments.hasField(SubmitTaskFormCmd.class, "properties")).isTrue();
    assertThat(CommandArguments.hasField(ClaimTaskCmd.class, "userId")).isTrue();
    assertThat(CommandArguments.hasField(AssignTaskCmd.class, "userId")).isTrue();
    assertThat(CommandArguments.hasField(AssignTaskCmd.class, "taskId")).isTrue();
    assertThat(CommandArguments.hasField(AddCommentCmd.class, "taskId")).isTrue();
    assertThat(CommandArguments.hasField(SubmitStartFormCmd.class, "variables")).isTrue();
    assertThat(CommandArguments.hasField(SubmitStartFormCmd.class, "businessKey")).isTrue();
    assertThat(
            CommandArguments.hasField(
                org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd.class,
                "instantiationBuilder"))
        .isTrue();
  }

  private void assertAllowed(Command<?> command, CommandPolicy.Caller caller) {
    assertThatCode(() -> policy.check(command, caller))
        .as(
            "%s by %s",
            command.getClass().getSimpleName(),
            caller == null ? "the application" : caller.userId())
        .doesNotThrowAnyException();
  }
}
