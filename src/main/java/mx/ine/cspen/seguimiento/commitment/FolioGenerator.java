package mx.ine.cspen.seguimiento.commitment;

import mx.ine.cspen.seguimiento.commission.Commission;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folios such as CSPEN-2024-007: the commission's prefix, numbered within the commission and the
 * year of the session. The counter row of a commission's year is locked by its update until the
 * registering transaction ends, so two registrations never get the same number.
 */
@Component
class FolioGenerator {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  FolioGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next(Commission commission, int year) {
    long id = commission.getId();
    if (increment(id, year) == 0) {
      createCounter(id, year);
      increment(id, year);
    }
    Integer value =
        jdbc.queryForObject(
            "select last_value from commission_folio_counter"
                + " where commission_id = ? and folio_year = ?",
            Integer.class,
            id,
            year);
    return String.format("%s-%d-%03d", commission.getFolioPrefix(), year, value);
  }

  private int increment(long commissionId, int year) {
    return jdbc.update(
        "update commission_folio_counter set last_value = last_value + 1"
            + " where commission_id = ? and folio_year = ?",
        commissionId,
        year);
  }

  /** In its own transaction, so that a concurrent first registration of the year can see it. */
  private void createCounter(long commissionId, int year) {
    try {
      separateTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into commission_folio_counter (commission_id, folio_year, last_value)"
                      + " values (?, ?, 0)",
                  commissionId,
                  year));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another registration created it first; ours increments it next.
    }
  }
}
