package dev.migrate.jpa.bridge;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Runs inside the model's class loader, against whichever Hibernate that loader holds (the
 * project's own, 6.x or 7.x, or the bundled one), so it uses only API that both major versions
 * share and speaks to the outside in JDK types.
 *
 * <p>Input keys: {@code classLoader} (the model's loader), {@code classes} (names to map) and
 * {@code settings} (Hibernate settings). Output: the create statements, without delimiters.
 *
 * <p>The schema comes from building a session factory, not from the metadata alone, because the
 * Bean Validation integration (NOT NULL and lengths from {@code @NotNull}, {@code @Size}, ...) only
 * runs then, as it does in the application.
 */
public final class SchemaScript implements Function<Map<String, Object>, List<String>> {

  private static final String DELIMITER = ";";

  @Override
  @SuppressWarnings("unchecked")
  public List<String> apply(Map<String, Object> request) {
    ClassLoader loader = (ClassLoader) request.get("classLoader");
    List<String> classes = (List<String>) request.get("classes");
    StringWriter script = new StringWriter();
    Map<String, Object> settings = new HashMap<>((Map<String, Object>) request.get("settings"));
    settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
    settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
    settings.put("hibernate.hbm2ddl.delimiter", DELIMITER);
    settings.put("hibernate.format_sql", "false");

    BootstrapServiceRegistry bootstrap =
        new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
    // The builder starts from system properties and a hibernate.properties resource: the model is
    // what the given settings make of the entities, whatever JVM computes it.
    builder.getSettings().clear();
    builder.applySettings(settings);
    StandardServiceRegistry registry = builder.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : classes) {
        sources.addAnnotatedClassName(name);
      }
      Metadata metadata = sources.buildMetadata();
      try (SessionFactory ignored = metadata.buildSessionFactory()) {
        return statements(script.toString());
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  // Hibernate writes each command on one line followed by the delimiter (format_sql is off).
  private static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    for (String line : script.split("\\R")) {
      String statement = line.strip();
      if (statement.endsWith(DELIMITER)) {
        statement = statement.substring(0, statement.length() - DELIMITER.length()).strip();
      }
      if (!statement.isEmpty()) {
        statements.add(statement);
      }
    }
    return statements;
  }
}
