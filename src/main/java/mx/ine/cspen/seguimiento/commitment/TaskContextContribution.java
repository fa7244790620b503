package mx.ine.cspen.seguimiento.commitment;

import java.util.Map;

/**
 * What a feature built on the commitment adds to the context its tasks' forms show, such as the
 * evidence files handed in with a closure request. The commitment's own context is {@code
 * CommitmentTaskContext}'s; a contribution adds keys of {@link CommitmentProcess.TaskContext}.
 */
public interface TaskContextContribution {

  /** The values to add for a task of this definition on this commitment; empty when none. */
  Map<String, Object> contextOf(long commitmentId, String taskDefinitionKey);
}
