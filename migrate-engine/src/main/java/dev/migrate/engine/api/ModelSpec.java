package dev.migrate.engine.api;

import dev.migrate.engine.common.PasswordMasker;
import java.util.Locale;

/**
 * Where autogenerate finds the desired schema, as the {@code model} setting gives it: {@code jpa}
 * (optionally {@code jpa:com.acme.orders,com.acme.billing} to limit the entity packages), a
 * desired-state SQL file ({@code sql:db/schema.sql}, or any path ending in {@code .sql}), or a
 * database URL ({@code jdbc:postgresql://...}, {@code postgresql://...}) whose live schema is the
 * model.
 *
 * @param kind which source
 * @param location the file, the URL, or the JPA packages (null for every package)
 */
public record ModelSpec(Kind kind, String location) {

  /** The kinds of model source. */
  public enum Kind {
    /** JPA entities, mapped by Hibernate (the {@code migrate-jpa} module). */
    JPA,
    /** A desired-state SQL file, applied to a scratch database. */
    SQL_FILE,
    /** A live database, read as it is. */
    DATABASE
  }

  /** The model setting's text as a spec, or null when it names no model source. */
  public static ModelSpec parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("jpa")) {
      return new ModelSpec(Kind.JPA, null);
    }
    if (lower.startsWith("jpa:")) {
      String packages = value.substring(4).strip();
      return packages.isEmpty() ? null : new ModelSpec(Kind.JPA, packages);
    }
    if (lower.startsWith("sql:")) {
      String file = value.substring(4).strip();
      return file.isEmpty() ? null : new ModelSpec(Kind.SQL_FILE, file);
    }
    if (lower.startsWith("jdbc:") || lower.contains("://")) {
      return new ModelSpec(Kind.DATABASE, value);
    }
    if (lower.endsWith(".sql")) {
      return new ModelSpec(Kind.SQL_FILE, value);
    }
    return null;
  }

  /** As the setting would write it. */
  @Override
  public String toString() {
    return switch (kind) {
      case JPA -> location == null ? "jpa" : "jpa:" + location;
      case SQL_FILE -> "sql:" + location;
      case DATABASE -> PasswordMasker.mask(location);
    };
  }
}
