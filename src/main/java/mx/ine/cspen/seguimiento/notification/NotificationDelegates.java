package mx.ine.cspen.seguimiento.notification;

import java.util.function.BiConsumer;
import mx.ine.cspen.seguimiento.commitment.CommitmentBinding;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The adapters the process models bind by {@code delegateExpression}: the send tasks of {@code
 * commitment.bpmn} and the sending job of {@code notification-email.bpmn}. Each calls one
 * operation; a send task's activity instance names the cause of its notice, so the same step never
 * records a notice twice.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationDelegates {

  /** "Recordar al área que informe su avance" */
  @Bean
  JavaDelegate areaReminderNotice(Notifications notifications, CommitmentBinding binding) {
    return notice(binding, notifications::progressReminder);
  }

  /** "Avisar del vencimiento al área y a la Secretaría Técnica" */
  @Bean
  JavaDelegate overdueNotice(Notifications notifications, CommitmentBinding binding) {
    return notice(binding, notifications::overdue);
  }

  /** "Avisar a la Secretaría Técnica de la solicitud de conclusión" */
  @Bean
  JavaDelegate closureRequestedNotice(Notifications notifications, CommitmentBinding binding) {
    return notice(binding, notifications::closureRequested);
  }

  /** "Avisar al área de la conclusión" */
  @Bean
  JavaDelegate closureApprovedNotice(Notifications notifications, CommitmentBinding binding) {
    return notice(binding, notifications::closureApproved);
  }

  /** "Avisar al área de la devolución y sus observaciones" */
  @Bean
  JavaDelegate closureReturnedNotice(Notifications notifications, CommitmentBinding binding) {
    return notice(binding, notifications::closureReturned);
  }

  private static JavaDelegate notice(CommitmentBinding binding, BiConsumer<Long, String> notice) {
    return execution -> notice.accept(binding.idOf(execution), execution.getActivityInstanceId());
  }

  /**
   * "Enviar el correo". The model's failedJobRetryTimeCycle reads {@code retryCycle} from this
   * bean, so the back-off comes from configuration (public: the expression language reads only
   * public classes).
   */
  @Component("notificationEmail")
  public static class EmailSending implements JavaDelegate {

    private final EmailDelivery delivery;
    private final String retryCycle;

    EmailSending(EmailDelivery delivery, NotificationProperties properties) {
      this.delivery = delivery;
      this.retryCycle = properties.email().retryCycle();
    }

    @Override
    public void execute(DelegateExecution execution) {
      delivery.send(NotificationEmailProcess.Variables.notificationId(execution));
    }

    public String getRetryCycle() {
      return retryCycle;
    }
  }
}
