package mx.ine.cspen.seguimiento.task;

import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The "work on this task" buttons of the dashboard and the commitment page. */
@PageController
class TaskPageController {

  private final TaskOpening opening;

  TaskPageController(TaskOpening opening) {
    this.opening = opening;
  }

  /** A POST, because it claims the task: a link followed by a crawler or a prefetch must not. */
  @PostMapping("/tareas/{taskId}")
  String open(@PathVariable String taskId, CurrentUser user) {
    return "redirect:" + opening.open(taskId, user);
  }
}
