package mx.ine.cspen.seguimiento.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A plain Camunda 7.24 engine beside the application, on its own database of the same PostgreSQL
 * server, running the application's own {@code commitment.bpmn} (read from the classpath, so it
 * follows every change of the model) with every delegate and listener replaced by one that does
 * nothing: the cost of the model's shape alone, without our domain, API or security. History is
 * full, as in the application; the engine's authorization checks are off, as Camunda ships.
 */
final class RawEngine implements AutoCloseable {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;

  RawEngine(String jdbcUrl, String user, int poolSize) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl);
    dataSource.setUsername(user);
    dataSource.setMaximumPoolSize(poolSize);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("raw");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    String model = read("processes/commitment.bpmn");
    Map<Object, Object> beans = new HashMap<>();
    Object nothing = new Nothing();
    Matcher names = DELEGATE.matcher(model);
    while (names.find()) {
      beans.put(names.group(1), nothing);
    }
    beans.put("commitmentTimers", new Timers());
    beans.put("commitmentRouting", new Routing());
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("raw")
            .enableDuplicateFiltering(true)
            .addString("commitment.bpmn", model);
    for (Resource form : forms()) {
      try (InputStream in = form.getInputStream()) {
        deployment.addInputStream(form.getFilename(), in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
  }

  /**
   * One commitment's lifecycle as the engine sees it: the process starts at the area's progress
   * task; progress at 50 %, progress at 100 % with the closure request, approval.
   */
  void lifecycle(long commitmentId, String areaGroup) {
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "commitment",
                "RAW-" + commitmentId,
                Map.of("commitmentId", commitmentId, "areaGroup", areaGroup))
            .getId();
    complete(instance, "UserTask_ReportProgress", Map.of("closureRequested", false));
    complete(instance, "UserTask_ReportProgress", Map.of("closureRequested", true));
    complete(instance, "UserTask_VerifyFulfilment", Map.of("closureApproved", true));
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey(taskKey)
            .list();
    if (tasks.size() != 1) {
      throw new IllegalStateException(instance + " has " + tasks.size() + " tasks " + taskKey);
    }
    engine.getTaskService().complete(tasks.get(0).getId(), variables);
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }

  private static String read(String resource) {
    try (InputStream in = RawEngine.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Resource[] forms() {
    try {
      return new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every delegate and listener of the model, doing nothing. */
  static final class Nothing implements JavaDelegate, TaskListener, ExecutionListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void notify(DelegateExecution execution) {}
  }

  /**
   * The model's decisions without a domain: where the application reads its tables, the raw engine
   * reads the variables it was given, as a plain Camunda application would.
   */
  public static final class Routing {
    public boolean hasArea(DelegateExecution execution) {
      return execution.getVariable("areaGroup") != null;
    }

    public String areaGroup(DelegateExecution execution) {
      return (String) execution.getVariable("areaGroup");
    }

    public boolean closureRequested(DelegateExecution execution) {
      return Boolean.TRUE.equals(execution.getVariable("closureRequested"));
    }

    public boolean closureApproved(DelegateExecution execution) {
      return Boolean.TRUE.equals(execution.getVariable("closureApproved"));
    }
  }

  /** The model's timers without a domain: the reminder's cycle, and no due dates. */
  public static final class Timers {
    public String reminderCycle() {
      return "R/P30D";
    }

    public boolean hasDueDate(Object commitmentId) {
      return false;
    }

    public boolean dueDateAhead(Object commitmentId) {
      return false;
    }

    public Date escalationAt(Object commitmentId) {
      return new Date(System.currentTimeMillis() + 365L * 86_400_000L);
    }
  }
}
