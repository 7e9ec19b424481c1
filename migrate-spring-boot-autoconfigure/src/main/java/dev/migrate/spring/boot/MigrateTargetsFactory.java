package dev.migrate.spring.boot;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.ResolvedSettings;
import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.Setting;
import dev.migrate.engine.api.SettingSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Builds the targets from the environment: the one application DataSource with {@code migrate.*},
 * or each DataSource listed under {@code migrate.datasources.<bean>.*} with its own settings over
 * {@code migrate.*}.
 */
final class MigrateTargetsFactory {
  static final String PREFIX = "migrate";
  private static final String DATASOURCES = PREFIX + ".datasources";

  private final MigrateProperties properties;
  private final Environment environment;
  private final ClassLoader classLoader;

  MigrateTargetsFactory(
      MigrateProperties properties, Environment environment, ClassLoader classLoader) {
    this.properties = properties;
    this.environment = environment;
    this.classLoader = classLoader;
  }

  MigrateTargets create(DataSource primary, Map<String, DataSource> dataSources) {
    Set<String> named = dataSourceNames();
    if (named.isEmpty()) {
      if (primary == null) {
        throw new IllegalStateException(
            "Several DataSources "
                + dataSources.keySet()
                + " and none primary: list those to migrate under "
                + DATASOURCES
                + ".<bean name>, or mark one @Primary");
      }
      String name = nameOf(primary, dataSources);
      return new MigrateTargets(
          List.of(
              target(
                  name,
                  primary,
                  List.of(PREFIX),
                  properties.getTarget(),
                  properties.isFailOnPending())));
    }
    List<MigrateTarget> targets = new ArrayList<>();
    for (String name : named) {
      MigrateProperties.DataSourceMigration own =
          properties
              .getDatasources()
              .getOrDefault(name, new MigrateProperties.DataSourceMigration());
      if (!own.isEnabled()) {
        continue;
      }
      DataSource dataSource = dataSources.get(name);
      if (dataSource == null) {
        throw new NoSuchBeanDefinitionException(
            DataSource.class,
            DATASOURCES + "." + name + " names no DataSource bean; known: " + dataSources.keySet());
      }
      String target = own.getTarget() == null ? properties.getTarget() : own.getTarget();
      boolean failOnPending =
          own.getFailOnPending() == null ? properties.isFailOnPending() : own.getFailOnPending();
      targets.add(
          target(
              name, dataSource, List.of(DATASOURCES + "." + name, PREFIX), target, failOnPending));
    }
    return new MigrateTargets(targets);
  }

  /**
   * The names under {@code migrate.datasources}, read as a plain map: an entry that sets only
   * engine settings ({@code locations}) has no typed property the typed binding would create it
   * for.
   */
  private Set<String> dataSourceNames() {
    Map<String, Object> entries =
        Binder.get(environment)
            .bind(DATASOURCES, Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
    return new LinkedHashSet<>(entries.keySet());
  }

  private MigrateTarget target(
      String name,
      DataSource dataSource,
      List<String> prefixes,
      String target,
      boolean failOnPending) {
    List<SettingSource> sources = new ArrayList<>();
    for (String prefix : prefixes) {
      sources.add(new EnvironmentSettingSource(environment, prefix));
    }
    ResolvedSettings settings = ResolvedSettings.resolve(sources);
    MigrateConfig.Builder builder =
        settings.toBuilder().classLoader(classLoader).reporter(new LogReporter(name));
    String url = settings.value(Setting.URL);
    if (url == null || url.isBlank()) {
      if (settings.value(Setting.USER) != null) {
        // A migration user without a URL: the application's database under another account.
        builder.url(urlOf(dataSource));
      } else {
        builder.dataSource(dataSource);
      }
    }
    return new MigrateTarget(
        name, dataSource, Migrator.create(builder.build()), target, failOnPending);
  }

  private static String urlOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new CannotGetJdbcConnectionException("Could not read the DataSource's URL", e);
    }
  }

  private static String nameOf(DataSource primary, Map<String, DataSource> dataSources) {
    for (Map.Entry<String, DataSource> entry : dataSources.entrySet()) {
      if (entry.getValue() == primary) {
        return entry.getKey();
      }
    }
    return "dataSource";
  }
}
