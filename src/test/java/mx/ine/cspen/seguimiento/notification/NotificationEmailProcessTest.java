package mx.ine.cspen.seguimiento.notification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import mx.ine.cspen.seguimiento.commitment.EngineClock;
import mx.ine.cspen.seguimiento.commitment.ProcessTestEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;

/**
 * {@code notification-email.bpmn}: the email leaves in a job of its own, and a failure is retried
 * after each wait of the configured cycle, then left as an incident.
 */
@Deployment(resources = "processes/notification-email.bpmn")
class NotificationEmailProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessEngineCoverageExtension.Companion.builder(ProcessTestEngine.configuration())
          .assertClassCoverageAtLeast(1.0)
          .build();

  private static final long NOTIFICATION_ID = 42L;
  private static final Instant T0 = Instant.parse("2024-06-03T15:00:00Z");

  ProcessEngine processEngine;

  private final EmailDelivery delivery = mock(EmailDelivery.class);

  @BeforeEach
  void registerAdapters() {
    BpmnAwareTests.init(processEngine);
    NotificationProperties properties =
        new NotificationProperties(
            URI.create("http://localhost:8080"),
            "/compromisos/{id}",
            new NotificationProperties.Email(
                "smtp.example",
                25,
                null,
                null,
                "Seguimiento <s@example>",
                false,
                Duration.ofSeconds(20),
                "PT1M,PT5M"));
    Mocks.register(
        "notificationEmail", new NotificationDelegates.EmailSending(delivery, properties));
    EngineClock.set(T0);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    EngineClock.reset();
  }

  @Test
  void emailLeavesInAJobOfItsOwnNotWhileTheNotificationIsRecorded() {
    ProcessInstance process = start();

    assertThat(process).isWaitingAt(NotificationEmailProcess.Elements.SERVICE_TASK_SEND_EMAIL);
    verify(delivery, never()).send(anyLong());

    processEngine.getManagementService().executeJob(job().getId());

    verify(delivery).send(NOTIFICATION_ID);
    assertThat(process).isEnded().hasPassed(NotificationEmailProcess.Elements.END_EVENT_EMAIL_SENT);
  }

  @Test
  void refusedEmailIsRetriedAfterEachWaitOfTheCycleThenBecomesAnIncident() {
    doThrow(new MailSendException("Connection refused")).when(delivery).send(NOTIFICATION_ID);
    ProcessInstance process = start();

    attemptFails();
    org.assertj.core.api.Assertions.assertThat(job().getDuedate().toInstant())
        .isEqualTo(T0.plus(Duration.ofMinutes(1)));
    EngineClock.set(T0.plus(Duration.ofSeconds(59)));
    org.assertj.core.api.Assertions.assertThat(EngineClock.runDueJobs(processEngine)).isZero();

    EngineClock.set(T0.plus(Duration.ofMinutes(1)));
    attemptFails();
    org.assertj.core.api.Assertions.assertThat(job().getDuedate().toInstant())
        .isEqualTo(T0.plus(Duration.ofMinutes(6)));

    EngineClock.set(T0.plus(Duration.ofMinutes(6)));
    attemptFails();

    verify(delivery, times(3)).send(NOTIFICATION_ID);
    org.assertj.core.api.Assertions.assertThat(job().getRetries()).isZero();
    Incident incident =
        processEngine
            .getRuntimeService()
            .createIncidentQuery()
            .processInstanceId(process.getId())
            .singleResult();
    org.assertj.core.api.Assertions.assertThat(incident.getIncidentType())
        .isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    org.assertj.core.api.Assertions.assertThat(incident.getIncidentMessage())
        .contains("Connection refused");
    assertThat(process).isWaitingAt(NotificationEmailProcess.Elements.SERVICE_TASK_SEND_EMAIL);
  }

  private ProcessInstance start() {
    return processEngine
        .getRuntimeService()
        .startProcessInstanceByKey(
            NotificationEmailProcess.KEY,
            NotificationEmailProcess.businessKey(NOTIFICATION_ID),
            NotificationEmailProcess.Variables.atStart(NOTIFICATION_ID));
  }

  private Job job() {
    return processEngine.getManagementService().createJobQuery().singleResult();
  }

  private void attemptFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> processEngine.getManagementService().executeJob(job().getId()))
        .hasMessageContaining("Connection refused");
  }
}
