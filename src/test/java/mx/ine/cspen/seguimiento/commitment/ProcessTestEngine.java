package mx.ine.cspen.seguimiento.commitment;

import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * The in-memory engine of the process tests (of every process model): settings of application.yaml,
 * no job executor.
 */
public final class ProcessTestEngine {

  private ProcessTestEngine() {}

  public static ProcessEngineConfiguration configuration() {
    ProcessCoverageInMemProcessEngineConfiguration configuration =
        new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(
        "jdbc:h2:mem:process-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    // Beans named in the BPMN (delegateExpression) are registered with Mocks.register.
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    // JSON variables, as the application has them (a task's context is one).
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    return configuration;
  }
}
