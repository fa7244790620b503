package mx.ine.cspen.seguimiento.commitment.page;

import java.util.List;

/**
 * Where a commitment's process instance stands, to draw on its diagram.
 *
 * @param processDefinitionId the deployed version the instance runs
 * @param ended the instance has finished (concluded or cancelled)
 * @param current the activities it waits in, or the end event it reached
 * @param passed the activities it has completed
 * @param currentNames the names people read for {@code current}, when the model could be read
 */
public record ProcessPosition(
    String processDefinitionId,
    boolean ended,
    List<String> current,
    List<String> passed,
    List<String> currentNames) {

  ProcessPosition withCurrentNames(List<String> names) {
    return new ProcessPosition(processDefinitionId, ended, current, passed, List.copyOf(names));
  }

  /** Space-separated ids, for the page's data attributes. */
  public String currentIds() {
    return String.join(" ", current);
  }

  public String passedIds() {
    return String.join(" ", passed);
  }
}
