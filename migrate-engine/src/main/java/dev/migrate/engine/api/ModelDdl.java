package dev.migrate.engine.api;

import java.util.List;

/**
 * A desired schema given as the DDL that creates it: what autogenerate compares the scripts' schema
 * with. The engine applies the statements to an empty scratch database of the project's kind and
 * reads the result back, so the model and the scripts are compared as one engine sees them. The
 * engine provides the SQL-file source itself; other sources (JPA entities) live in their own
 * modules and implement this.
 */
public interface ModelDdl {

  /**
   * What the model is, for messages: {@code "JPA entities (12 classes, Hibernate 6.6.4.Final)"}.
   */
  String description();

  /**
   * The statements that create the model, for the database with this dialect name ({@code h2},
   * {@code postgresql}, {@code mariadb}, ...), in an order that runs on an empty database.
   *
   * @throws dev.migrate.engine.common.MigrateException when the model cannot be read; the message
   *     names the source and what is wrong
   */
  List<String> statements(String dialect);
}
