package dev.migrate.jpa.bridge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Test-only bridge: Hibernate's own {@code validate} of the model's classes against a live
 * database, inside the model's loader, as the application would run it at start-up. Throws
 * Hibernate's SchemaManagementException when a table or column is missing or of the wrong type.
 */
public final class ValidateSchema implements Function<Map<String, Object>, Object> {
  @Override
  @SuppressWarnings("unchecked")
  public Object apply(Map<String, Object> request) {
    ClassLoader loader = (ClassLoader) request.get("classLoader");
    Map<String, Object> settings = new HashMap<>((Map<String, Object>) request.get("settings"));
    settings.put("hibernate.hbm2ddl.auto", "validate");
    StandardServiceRegistryBuilder builder =
        new StandardServiceRegistryBuilder(
            new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build());
    builder.getSettings().clear();
    builder.applySettings(settings);
    StandardServiceRegistry registry = builder.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : (List<String>) request.get("classes")) {
        sources.addAnnotatedClassName(name);
      }
      try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
        return "valid";
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
