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

interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

  List<Notification> findByRecipientAndReadAtIsNullOrderByCreatedAtDescIdDesc(
      String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

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
