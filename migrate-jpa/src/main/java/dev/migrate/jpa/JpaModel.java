package dev.migrate.jpa;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.ModelDdl;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.jpa.hibernate.SchemaGenerator;
import dev.migrate.jpa.hibernate.TargetDatabase;
import dev.migrate.jpa.naming.NamingConvention;
import dev.migrate.jpa.naming.NamingStrategies;
import dev.migrate.jpa.scan.EntityScanner;
import dev.migrate.jpa.scan.ModelClasses;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's JPA entities as the DDL Hibernate creates for them: the {@code @Entity} classes (with
 * their {@code @MappedSuperclass}, {@code @Embeddable} and {@code @Converter} classes) found on the
 * project's class path, mapped by the project's own Hibernate (6.x or 7.x) or by the bundled one,
 * with the naming strategies the application runs with.
 *
 * <pre>
 * ModelDdl model = JpaModel.builder().classpath(List.of(classes, jar1, jar2)).build();
 * List&lt;String&gt; ddl = model.statements("postgresql");
 * </pre>
 *
 * <p>Nothing is loaded until {@link #description()} or {@link #statements(String)} is called; each
 * call scans the class files and maps them in a class loader of its own, closed after.
 */
public final class JpaModel implements ModelDdl {

  private final List<Path> classpath;
  private final List<String> packages;
  private final NamingConvention naming;
  private final Optional<String> physicalStrategy;
  private final Optional<String> implicitStrategy;
  private final Optional<String> databaseVersion;

  private JpaModel(Builder builder) {
    this.classpath = List.copyOf(builder.classpath);
    this.packages = List.copyOf(builder.packages);
    this.naming = builder.naming;
    this.physicalStrategy = builder.physicalStrategy;
    this.implicitStrategy = builder.implicitStrategy;
    this.databaseVersion = builder.databaseVersion;
  }

  /**
   * The class path a front end's project loader holds (the plugin's project class loader, the CLI's
   * {@code --classpath} loader): the loader's own entries, not its parents', which are the front
   * end's. Empty for a loader that is not a {@link URLClassLoader}.
   */
  public static List<Path> classpathOf(ClassLoader projectLoader) {
    if (!(projectLoader instanceof URLClassLoader urls)) {
      return List.of();
    }
    List<Path> entries = new ArrayList<>();
    for (URL url : urls.getURLs()) {
      try {
        if ("file".equals(url.getProtocol())) {
          entries.add(Path.of(url.toURI()));
        }
      } catch (URISyntaxException | IllegalArgumentException e) {
        // not a local file: nothing a class-file scan can read
      }
    }
    return List.copyOf(entries);
  }

  /**
   * The model a front end hands the engine: for {@code model=jpa} or {@code jpa:PACKAGES} the
   * entities on the project's class loader; null for any other model, which the engine reads itself
   * (a SQL file, a database), or for none.
   */
  public static ModelDdl forConfig(MigrateConfig config, ClassLoader projectLoader) {
    ModelSpec spec = config.model();
    if (spec == null || spec.kind() != ModelSpec.Kind.JPA) {
      return null;
    }
    List<String> packages =
        spec.location() == null
            ? List.of()
            : Arrays.stream(spec.location().split(",")).map(String::strip).toList();
    return builder().classpath(classpathOf(projectLoader)).packages(packages).build();
  }

  /** A builder; the class path is what matters. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String description() {
    ModelClasses classes = classes();
    try (SchemaGenerator hibernate = SchemaGenerator.open(classpath)) {
      return describe(classes, hibernate, naming(hibernate));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws NoEntitiesException when the class path holds no entity
   * @throws EntityClassNotLoadableException when a class the model needs is missing
   * @throws EntityMappingException when Hibernate rejects the mapping (its message, named)
   * @throws UnsupportedModelException for javax entities, Hibernate before 6, an unknown database
   */
  @Override
  public List<String> statements(String dialect) {
    TargetDatabase database = TargetDatabase.of(dialect, databaseVersion);
    ModelClasses classes = classes();
    try (SchemaGenerator hibernate = SchemaGenerator.open(classpath)) {
      NamingStrategies strategies = naming(hibernate);
      Map<String, Object> settings = new HashMap<>();
      strategies.physical().ifPresent(s -> settings.put("hibernate.physical_naming_strategy", s));
      strategies.implicit().ifPresent(s -> settings.put("hibernate.implicit_naming_strategy", s));
      return hibernate.createStatements(classes.all(), database, settings);
    }
  }

  // The classes the model maps (package-private for tests).
  ModelClasses classes() {
    ModelClasses classes;
    try {
      classes = EntityScanner.scan(classpath, packages);
    } catch (UncheckedIOException e) {
      throw new UnsupportedModelException("The JPA model cannot be read: " + e.getMessage());
    }
    if (classes.entities().isEmpty()) {
      if (!classes.javaxEntities().isEmpty()) {
        throw new UnsupportedModelException(
            classes.javaxEntities().size()
                + " entities use javax.persistence (e.g. "
                + classes.javaxEntities().get(0)
                + "); the JPA model needs jakarta.persistence entities (Hibernate 6 or later)");
      }
      throw new NoEntitiesException(classpath.size(), packages);
    }
    return classes;
  }

  private NamingStrategies naming(SchemaGenerator hibernate) {
    return NamingStrategies.resolve(
        classpath, naming, physicalStrategy, implicitStrategy, hibernate.major());
  }

  private static String describe(
      ModelClasses classes, SchemaGenerator hibernate, NamingStrategies naming) {
    int count = classes.entities().size();
    return "JPA entities ("
        + count
        + (count == 1 ? " entity" : " entities")
        + ", Hibernate "
        + hibernate.version()
        + (hibernate.projectHibernate() ? "" : " bundled")
        + ", "
        + naming.origin()
        + ")";
  }

  /** Collects the model's settings; {@link #build()} checks them. */
  public static final class Builder {
    private List<Path> classpath = List.of();
    private List<String> packages = List.of();
    private NamingConvention naming = NamingConvention.DETECT;
    private Optional<String> physicalStrategy = Optional.empty();
    private Optional<String> implicitStrategy = Optional.empty();
    private Optional<String> databaseVersion = Optional.empty();

    private Builder() {}

    /** The project's compiled classes and its runtime dependencies, in class-path order. */
    public Builder classpath(List<Path> entries) {
      this.classpath = List.copyOf(entries);
      return this;
    }

    /** Limits the entities to these packages (and their sub-packages); none means all. */
    public Builder packages(List<String> entityPackages) {
      this.packages = entityPackages.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
      return this;
    }

    /** Whose default naming applies; {@link NamingConvention#DETECT} unless set. */
    public Builder naming(NamingConvention convention) {
      this.naming = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /** Hibernate's physical naming strategy (a class name), over any default. */
    public Builder physicalNamingStrategy(String className) {
      this.physicalStrategy = blankToEmpty(className);
      return this;
    }

    /** Hibernate's implicit naming strategy (a class name or shortcut), over any default. */
    public Builder implicitNamingStrategy(String className) {
      this.implicitStrategy = blankToEmpty(className);
      return this;
    }

    /**
     * The database version Hibernate writes for ({@code 16}, {@code 10.11}); Hibernate's dialects
     * gate types and syntax on it. Defaults to a recent release of each database.
     */
    public Builder databaseVersion(String version) {
      this.databaseVersion = blankToEmpty(version);
      if (databaseVersion.isPresent() && !databaseVersion.get().matches("\\d+(\\.\\d+)*")) {
        throw new IllegalArgumentException(
            "database version '" + version + "' is not a version number such as 16 or 10.11");
      }
      return this;
    }

    /**
     * The model; nothing is read until it is asked for its statements (an empty class path is then
     * a {@link NoEntitiesException}).
     */
    public JpaModel build() {
      return new JpaModel(this);
    }

    private static Optional<String> blankToEmpty(String value) {
      return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
  }
}
