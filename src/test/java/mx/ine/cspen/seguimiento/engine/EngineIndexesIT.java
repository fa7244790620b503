package mx.ine.cspen.seguimiento.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

/** The engine's tables carry the indexes our access paths need ({@code db/engine/indexes.sql}). */
class EngineIndexesIT extends PostgresIntegrationTest {

  @Test
  void theEngineFindsATasksSubtasksThroughAnIndex() {
    assertThat(
            jdbc.queryForList(
                "select indexname from pg_indexes where tablename = 'act_ru_task'", String.class))
        .contains("ix_act_ru_task_parent");

    List<String> plan =
        jdbc.execute(
            (ConnectionCallback<List<String>>)
                connection -> {
                  try (Statement statement = connection.createStatement()) {
                    // As the planner will choose once the table is large.
                    statement.execute("set enable_seqscan = off");
                    try (ResultSet rows =
                        statement.executeQuery(
                            "explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'x'")) {
                      List<String> lines = new ArrayList<>();
                      while (rows.next()) {
                        lines.add(rows.getString(1));
                      }
                      return lines;
                    } finally {
                      statement.execute("reset enable_seqscan");
                    }
                  }
                });
    assertThat(String.join("\n", plan)).contains("ix_act_ru_task_parent");
  }
}
