package mx.ine.cspen.seguimiento.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What one person was told: shown on their notifications page and, when an SMTP server is
 * configured and they have an address, sent to them by email once.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The Camunda user id. */
  private String recipient;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  private String subject;

  private String body;

  private Long commitmentId;

  /** With {@link #targetTaskKey}: the task the notice leads to, looked up when it is opened. */
  private String targetProcessInstanceId;

  private String targetTaskKey;

  private Instant createdAt;

  private Instant readAt;

  private String emailAddress;

  @Enumerated(EnumType.STRING)
  private EmailStatus emailStatus;

  private Instant emailSentAt;

  private String idempotencyKey;

  /** The commission whose work the notice is about; null for none (the administrators' notices). */
  private Long commissionId;

  protected Notification() {}

  Notification(
      Long commissionId,
      String recipient,
      NotificationKind kind,
      Notice notice,
      NoticeTarget target,
      Instant createdAt,
      String emailAddress,
      EmailStatus emailStatus,
      String idempotencyKey) {
    this.recipient = recipient;
    this.kind = kind;
    this.subject = notice.subject();
    this.body = notice.body();
    this.commitmentId = target.commitmentId();
    this.targetProcessInstanceId = target.processInstanceId();
    this.targetTaskKey = target.taskDefinitionKey();
    this.createdAt = createdAt;
    this.emailAddress = emailAddress;
    this.emailStatus = emailStatus;
    this.idempotencyKey = idempotencyKey;
    this.commissionId = commissionId;
  }

  public Long getCommissionId() {
    return commissionId;
  }

  void markRead(Instant when) {
    if (readAt == null) {
      readAt = when;
    }
  }

  void emailSent(String address, Instant when) {
    emailAddress = address;
    emailStatus = EmailStatus.SENT;
    emailSentAt = when;
  }

  /** The recipient's address was removed before the email left. */
  void emailWithoutAddress() {
    emailAddress = null;
    emailStatus = EmailStatus.NO_ADDRESS;
  }

  NoticeTarget target() {
    return new NoticeTarget(commitmentId, targetProcessInstanceId, targetTaskKey);
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public NotificationKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Long getCommitmentId() {
    return commitmentId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public boolean isRead() {
    return readAt != null;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public EmailStatus getEmailStatus() {
    return emailStatus;
  }

  public Instant getEmailSentAt() {
    return emailSentAt;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }
}
