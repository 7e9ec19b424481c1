package dev.migrate.engine.runtime;

import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.sql.StatementSink;
import java.util.Map;

/**
 * Replaces {@code ${name}} in a script's statements by the configured values as they run, so one
 * set of scripts serves every fleet target ({@code ${tenant}}). Applied after splitting and after
 * the checksum, so a script's checksum is the same for every target.
 */
final class Placeholders implements StatementSink {
  private final StatementSink sink;
  private final Map<String, String> values;

  private Placeholders(StatementSink sink, Map<String, String> values) {
    this.sink = sink;
    this.values = values;
  }

  /** The sink itself when there is nothing to replace. */
  static StatementSink over(StatementSink sink, Map<String, String> values) {
    return values.isEmpty() ? sink : new Placeholders(sink, values);
  }

  @Override
  public void execute(Statement statement) {
    sink.execute(replaced(statement));
  }

  @Override
  public void executeExpecting(Statement statement, int expectedRows, String mismatch) {
    sink.executeExpecting(replaced(statement), expectedRows, mismatch);
  }

  private Statement replaced(Statement statement) {
    String sql = statement.sql();
    if (sql.indexOf("${") < 0) {
      return statement;
    }
    for (Map.Entry<String, String> value : values.entrySet()) {
      sql = sql.replace("${" + value.getKey() + "}", value.getValue());
    }
    return new Statement(sql, statement.line(), statement.index());
  }
}
