package dev.migrate.engine.autogen;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.common.CacheFiles;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.database.Dialect;
import dev.migrate.engine.graph.Direction;
import dev.migrate.engine.graph.Plan;
import dev.migrate.engine.graph.Step;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.script.Migration;
import dev.migrate.engine.script.SqlMigration;
import dev.migrate.engine.sql.Statement;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scripts' schema remembered between runs, so that a run whose scripts are those of an earlier
 * one builds only the model's side: what Alembic has from a database kept at head, without one.
 *
 * <p>A remembered schema is used only under the key it was read under: a digest of every script the
 * plan runs (revision and checksum, in order), the placeholders, the database settings and URL, and
 * the engine's own build, so that a changed reader never sees an old read. Its server's version is
 * kept beside it and compared with the scratch database's. Scripts that do more than define the
 * schema ({@link #definitionsOnly}) and Java migrations, whose checksum is their class alone, are
 * not remembered.
 *
 * <p>One directory per project and database ({@code schemas/<hash>/} in the script cache
 * directory), one file per set of scripts in it, the {@value #KEPT} last used kept: the scripts
 * before a new revision and with it, so that deleting the revision and generating it again still
 * finds the first. Each file is written whole to a temporary file and moved into place. A file that
 * cannot be read or written only means building the scripts' side again.
 */
final class ScriptsSchemaCache {
  /** Bump when the layout below or the schema records change shape. */
  static final int FORMAT = 1;

  /** How many sets of scripts a project's schemas are remembered for. */
  static final int KEPT = 3;

  private static final long MAGIC = 0x4d49475241544553L; // "MIGRATES"

  /**
   * The first word of a statement, after comments; and a table filled from a query. A script whose
   * statements all begin with one of {@link #DEFINING} and fill no table is only definitions.
   */
  private static final Pattern FIRST_WORD =
      Pattern.compile("\\A(?:\\s|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*(\\w+)", Pattern.DOTALL);

  private static final Pattern FILLED_TABLE =
      Pattern.compile(
          "\\Acreate\\s+(?:\\w+\\s+)*table\\b[^;]*?\\bas\\s*(?:\\(|select\\b|with\\b|values\\b"
              + "|table\\b|execute\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Set<String> DEFINING =
      Set.of("create", "alter", "drop", "comment", "grant", "revoke", "rename", "set", "reset");

  private static final ObjectInputFilter ONLY_SCHEMA_VALUES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=64;dev.migrate.engine.schema.*;java.util.*;java.lang.*;!*");

  private final MigrateConfig config;
  private final Path directory;
  private final Reporter reporter;

  private ScriptsSchemaCache(MigrateConfig config, Path directory) {
    this.config = config;
    this.directory = directory;
    this.reporter = config.reporter();
  }

  /** The cache for the configured project and database; off without a cache directory or URL. */
  static ScriptsSchemaCache of(MigrateConfig config) {
    if (config.scriptCacheDirectory() == null || config.url() == null) {
      return new ScriptsSchemaCache(config, null);
    }
    String scope =
        String.join(
            "\n",
            config.url(),
            String.valueOf(config.user()),
            String.valueOf(config.schema()),
            config.baseDirectory().toString(),
            String.join(",", config.locations()));
    return new ScriptsSchemaCache(
        config, config.scriptCacheDirectory().resolve("schemas").resolve(CacheFiles.name(scope)));
  }

  /**
   * The key of the schema that {@code plan} gives from an empty database, or empty when that schema
   * is not to be remembered (the cache is off, the plan runs a Java migration).
   */
  Optional<String> key(Catalog catalog, Plan plan) {
    if (directory == null) {
      return Optional.empty();
    }
    Optional<String> engine = engineBuild();
    if (engine.isEmpty()) {
      return Optional.empty();
    }
    MessageDigest digest = sha256();
    update(digest, "format " + FORMAT);
    update(digest, engine.get());
    update(digest, config.url());
    update(digest, String.valueOf(config.user()));
    update(digest, String.valueOf(config.schema()));
    update(digest, String.valueOf(config.dialect()));
    update(digest, config.versionTable());
    update(digest, config.historyTable());
    new TreeMap<>(config.placeholders())
        .forEach((name, value) -> update(digest, name + "=" + value));
    for (Step step : plan == null ? List.<Step>of() : plan.steps()) {
      if (step.direction() != Direction.UPGRADE || step.revision() == null) {
        return Optional.empty();
      }
      Migration migration = catalog.migrations().get(step.revision().id());
      if (!(migration instanceof SqlMigration)) {
        return Optional.empty();
      }
      update(digest, step.revision().id() + " " + migration.checksum());
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * True when every script the plan runs only defines the schema, as {@code dialect} splits it: no
   * rows inserted, changed or copied, no code run ({@code DO}, {@code CALL}, a {@code SELECT}), no
   * table filled from a query. Only such scripts' schema is remembered or used: a revision's proof
   * on a database without their rows could pass where it would fail on theirs.
   */
  static boolean definitionsOnly(Catalog catalog, Plan plan, Dialect dialect) {
    for (Step step : plan == null ? List.<Step>of() : plan.steps()) {
      if (!definitionsOnly(catalog.migrations().get(step.revision().id()), dialect)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #definitionsOnly(Catalog, Plan, Dialect)} for one migration. */
  static boolean definitionsOnly(Migration migration, Dialect dialect) {
    if (!(migration instanceof SqlMigration script)) {
      return false;
    }
    for (Statement statement : script.upgradeStatements(dialect.syntax())) {
      Matcher first = FIRST_WORD.matcher(statement.sql());
      if (first.find()
          && (!DEFINING.contains(first.group(1).toLowerCase(Locale.ROOT))
              || FILLED_TABLE.matcher(statement.sql().substring(first.start(1))).find())) {
        return false;
      }
    }
    return true;
  }

  /** The schema remembered under {@code key}, with its server, if there is one. */
  Optional<Remembered> read(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path file = fileFor(key);
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readLong() != MAGIC || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
        reporter.debug("autogenerate: the remembered schema " + file + " is of other scripts");
        return Optional.empty();
      }
      String server = in.readUTF();
      ObjectInputStream objects = new ObjectInputStream(in);
      objects.setObjectInputFilter(ONLY_SCHEMA_VALUES);
      DatabaseSchema schema = (DatabaseSchema) objects.readObject();
      reporter.debug("autogenerate: the scripts' schema as remembered in " + file);
      touch(file);
      return Optional.of(new Remembered(server, schema));
    } catch (NoSuchFileException e) {
      reporter.debug("autogenerate: no schema remembered for these scripts in " + directory);
      return Optional.empty();
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      reporter.debug("autogenerate: the remembered schema " + file + " not read: " + e);
      return Optional.empty();
    }
  }

  /** Remembers {@code schema}, read on {@code server}, under {@code key}. */
  void write(String key, String server, DatabaseSchema schema) {
    if (directory == null) {
      return;
    }
    Path file = fileFor(key);
    try {
      CacheFiles.replace(
          file,
          out -> {
            out.writeLong(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeUTF(server);
            ObjectOutputStream objects = new ObjectOutputStream(out);
            objects.writeObject(schema);
            objects.flush();
          });
      prune(file);
    } catch (IOException | RuntimeException e) {
      reporter.debug("autogenerate: the scripts' schema not remembered in " + file + ": " + e);
    }
  }

  /**
   * Marks a file as used, so that pruning keeps what is read rather than what was written last:
   * generating a revision, deleting it and generating again writes a new file each time, and the
   * scripts' own schema must outlive those.
   */
  private void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      reporter.debug("autogenerate: " + file + " not marked as used: " + e);
    }
  }

  private Path fileFor(String key) {
    return directory.resolve(key.substring(0, 16) + ".bin");
  }

  /** Deletes all but the {@value #KEPT} last used files, {@code written} always kept. */
  private void prune(Path written) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files =
          listed
              .filter(f -> f.getFileName().toString().endsWith(".bin") && !f.equals(written))
              .toList();
    }
    if (files.size() < KEPT) {
      return;
    }
    Map<Path, Long> modified = new HashMap<>();
    for (Path f : files) {
      modified.put(f, Files.getLastModifiedTime(f).toMillis());
    }
    List<Path> oldestFirst = files.stream().sorted(Comparator.comparing(modified::get)).toList();
    for (Path old : oldestFirst.subList(0, files.size() - (KEPT - 1))) {
      Files.deleteIfExists(old);
    }
  }

  /**
   * A schema as remembered.
   *
   * @param server the product and version of the database it was read on
   * @param schema the scripts' schema, unfiltered, without grants
   */
  record Remembered(String server, DatabaseSchema schema) {}

  /**
   * This engine's build: its jar's path, size and time, or for a directory of classes (a build in
   * progress) the newest class file's time, so that a rebuilt reader reads again.
   */
  private static Optional<String> engineBuild() {
    try {
      CodeSource source = ScriptsSchemaCache.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        return Optional.of(
            location + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
      }
      try (Stream<Path> files = Files.walk(location)) {
        long newest = 0;
        long count = 0;
        for (Path path : (Iterable<Path>) files::iterator) {
          newest = Math.max(newest, Files.getLastModifiedTime(path).toMillis());
          count++;
        }
        return Optional.of(location + " " + count + " " + newest);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
