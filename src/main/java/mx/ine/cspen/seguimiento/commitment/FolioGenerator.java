package mx.ine.cspen.seguimiento.commitment;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folios such as CSPEN-2024-007, numbered within the year of the session. The counter row of a year
 * is locked by its update until the registering transaction ends, so two registrations never get
 * the same number.
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

  String next(int year) {
    if (increment(year) == 0) {
      createCounter(year);
      increment(year);
    }
    Integer value =
        jdbc.queryForObject(
            "select last_value from folio_counter where folio_year = ?", Integer.class, year);
    return String.format("CSPEN-%d-%03d", year, value);
  }

  private int increment(int year) {
    return jdbc.update(
        "update folio_counter set last_value = last_value + 1 where folio_year = ?", year);
  }

  /** In its own transaction, so that a concurrent first registration of the year can see it. */
  private void createCounter(int year) {
    try {
      separateTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into folio_counter (folio_year, last_value) values (?, 0)", year));
    } catch (DuplicateKeyException createdMeanwhile) {
      // Another registration created it first; ours increments it next.
    }
  }
}
