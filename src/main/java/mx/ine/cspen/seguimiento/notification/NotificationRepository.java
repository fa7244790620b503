package mx.ine.cspen.seguimiento.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Notices. What every write and page asks (whether a notice was made, the unread count of the
 * header's badge) is JPQL, for the reason given in {@link
 * mx.ine.cspen.seguimiento.commitment.ProgressReportRepository}.
 */
interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query(
      "select case when count(n) > 0 then true else false end from Notification n"
          + " where n.idempotencyKey = :key")
  boolean existsByIdempotencyKey(@Param("key") String idempotencyKey);

  @Query(
      "select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id"
          + " desc")
  List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(
      @Param("recipient") String recipient, Pageable page);

  @Query(
      "select n from Notification n where n.recipient = :recipient and n.readAt is null"
          + " order by n.createdAt desc, n.id desc")
  List<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(
      @Param("recipient") String recipient, Pageable page);

  @Query("select count(n) from Notification n where n.recipient = :recipient and n.readAt is null")
  long countByRecipientAndReadAtIsNull(@Param("recipient") String recipient);

  /**
   * The notification whose email is about to leave, locked until the sending transaction ends: a
   * second execution of the same job (a lock that expired on a stalled node) waits, then finds it
   * sent.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select n from Notification n where n.id = :id")
  Optional<Notification> findForSending(@Param("id") long id);

  @Modifying
  @Query(
      "update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
  int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);
}
