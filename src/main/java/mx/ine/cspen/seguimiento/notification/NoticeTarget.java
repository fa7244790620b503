package mx.ine.cspen.seguimiento.notification;

/**
 * Where a notice leads: the open task of a process instance with the given definition key, if there
 * is one when the notice is sent or opened; otherwise the commitment; otherwise the start page.
 */
record NoticeTarget(Long commitmentId, String processInstanceId, String taskDefinitionKey) {

  static NoticeTarget task(Long commitmentId, String processInstanceId, String taskDefinitionKey) {
    return new NoticeTarget(commitmentId, processInstanceId, taskDefinitionKey);
  }

  static NoticeTarget commitment(long commitmentId) {
    return new NoticeTarget(commitmentId, null, null);
  }

  boolean namesTask() {
    return processInstanceId != null && taskDefinitionKey != null;
  }
}
