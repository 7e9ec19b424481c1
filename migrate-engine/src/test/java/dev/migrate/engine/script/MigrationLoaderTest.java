package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.sql.Statement;
import dev.migrate.engine.testing.Syntaxes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {
  @TempDir Path tmp;

  private final MigrationLoader loader = MigrationLoader.standard();

  static String script(String id, String down) {
    return "-- revision: "
        + id
        + "\n-- down_revision: "
        + down
        + "\n\n-- migrate:upgrade\nSELECT 1;\n-- migrate:downgrade\nSELECT 2;\n";
  }

  static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  static List<String> ids(List<Migration> migrations) {
    return migrations.stream().map(m -> m.revision().id()).toList();
  }

  static List<String> sources(List<Migration> migrations) {
    return migrations.stream().map(m -> m.revision().source()).toList();
  }

  /** A tree whose load order differs from plain string order in every way that matters. */
  private void writeTree(Path dir) throws IOException {
    write(dir.resolve("b.sql"), script("r_b", ""));
    write(dir.resolve("B.sql"), script("r_upper_b", ""));
    write(dir.resolve("a/z.sql"), script("r_a_z", ""));
    write(dir.resolve("a.sql"), script("r_a", ""));
    write(dir.resolve("a/sub/y.sql"), script("r_a_sub_y", ""));
    write(dir.resolve("a/x.sql"), script("r_a_x", ""));
    write(dir.resolve("\uFF41.sql"), script("r_fullwidth", "")); // U+FF41 sorts before U+1F600
    write(dir.resolve("\uD83D\uDE00.sql"), script("r_emoji", ""));
    write(dir.resolve("notes.txt"), "not a script");
    write(dir.resolve(".#b.sql"), "an editor lock file");
    write(dir.resolve(".hidden/h.sql"), "hidden directory");
  }

  private static final List<String> TREE_ORDER =
      List.of("r_upper_b", "r_a", "r_b", "r_fullwidth", "r_emoji", "r_a_x", "r_a_z", "r_a_sub_y");

  @Test
  void filesystemLocationLoadsRecursivelyInDocumentedOrder() throws IOException {
    writeTree(tmp.resolve("db"));
    List<Migration> migrations = loader.load(List.of("filesystem:db"), null, tmp);
    assertThat(ids(migrations)).isEqualTo(TREE_ORDER);
    assertThat(migrations.get(5).revision().source()).isEqualTo("db/a/x.sql");
    assertThat(migrations).allSatisfy(m -> assertThat(m).isInstanceOf(SqlMigration.class));
  }

  @Test
  void absoluteFilesystemLocationNamesAbsolutePaths() throws IOException {
    write(tmp.resolve("abs/one.sql"), script("one", ""));
    List<Migration> migrations =
        loader.load(List.of("filesystem:" + tmp.resolve("abs")), null, Path.of("/nonexistent"));
    assertThat(sources(migrations)).containsExactly(tmp.resolve("abs/one.sql").toString());
  }

  @Test
  void classpathDirectoryLocation() throws IOException {
    writeTree(tmp.resolve("classes/db/migrations"));
    try (URLClassLoader cl = classLoader(tmp.resolve("classes"))) {
      List<Migration> migrations =
          loader.load(List.of("classpath:db/migrations"), cl, Path.of("/elsewhere"));
      assertThat(ids(migrations)).isEqualTo(TREE_ORDER);
      assertThat(migrations.get(0).revision().source()).isEqualTo("classpath:db/migrations/B.sql");
    }
  }

  @Test
  void classpathDirectoryInsideTheProjectNamesTheSourceFile() throws IOException {
    write(tmp.resolve("src/main/resources/db/migrations/1_a.sql"), script("a1", ""));
    write(tmp.resolve("src/main/resources/db/migrations/2_b.sql"), "-- revision: b2\n-- nope\n");
    try (URLClassLoader cl = classLoader(tmp.resolve("src/main/resources"))) {
      assertThatThrownBy(() -> loader.load(List.of("classpath:db/migrations"), cl, tmp))
          .isInstanceOf(ScriptException.class)
          .hasMessageContaining("src/main/resources/db/migrations/2_b.sql")
          .hasMessageNotContaining("classpath:");
      Files.delete(tmp.resolve("src/main/resources/db/migrations/2_b.sql"));
      List<Migration> migrations = loader.load(List.of("classpath:db/migrations"), cl, tmp);
      assertThat(sources(migrations)).containsExactly("src/main/resources/db/migrations/1_a.sql");
    }
  }

  @Test
  void classpathLocationInsideAJar() throws IOException {
    Path jar = tmp.resolve("lib/migrations.jar");
    buildJar(
        jar,
        true,
        "db/migrations/b.sql",
        script("r_b", ""),
        "db/migrations/a/x.sql",
        script("r_a_x", ""),
        "db/migrations/a.sql",
        script("r_a", ""),
        "db/migrations/.#a.sql",
        "lock",
        "db/migrations/readme.txt",
        "text",
        "db/other/c.sql",
        script("elsewhere", ""));
    try (URLClassLoader cl = classLoader(jar)) {
      List<Migration> migrations = loader.load(List.of("classpath:/db/migrations/"), cl, tmp);
      assertThat(ids(migrations)).containsExactly("r_a", "r_b", "r_a_x");
      assertThat(migrations.get(2).revision().source())
          .isEqualTo("classpath:db/migrations/a/x.sql (in migrations.jar)");
      SqlMigration x = (SqlMigration) migrations.get(2);
      assertThat(x.upgradeStatements(Syntaxes.POSTGRESQL))
          .containsExactly(new Statement("SELECT 1", 5, 1));
      assertThat(x.downgradeStatements(Syntaxes.MYSQL))
          .containsExactly(new Statement("SELECT 2", 7, 1));
      assertThat(x.checksum()).isEqualTo(ScriptText.checksum(script("r_a_x", "")));
    }
    // The jar is closed again: it can be deleted (it could not on Windows if we leaked it).
    Files.delete(jar);
  }

  @Test
  void jarWithoutDirectoryEntriesIsStillFound() throws IOException {
    Path jar = tmp.resolve("flat.jar");
    buildJar(
        jar,
        false,
        "db/migrations/b.sql",
        script("b1", ""),
        "db/migrations/a.sql",
        script("a1", ""));
    try (URLClassLoader cl = classLoader(jar)) {
      assertThat(cl.getResource("db/migrations")).as("no directory entry").isNull();
      List<Migration> migrations = loader.load(List.of("classpath:db/migrations"), cl, tmp);
      assertThat(ids(migrations)).containsExactly("a1", "b1");
      assertThat(migrations.get(0).revision().source())
          .isEqualTo("classpath:db/migrations/a.sql (in flat.jar)");
    }
  }

  @Test
  void everyRootOfAClasspathLocationIsReadAndMergedIntoOneOrder() throws IOException {
    write(tmp.resolve("classes/db/migrations/b.sql"), script("dir_b", ""));
    write(tmp.resolve("classes/db/migrations/d.sql"), script("dir_d", ""));
    Path jar = tmp.resolve("dep.jar");
    buildJar(
        jar,
        true,
        "db/migrations/a.sql",
        script("jar_a", ""),
        "db/migrations/c.sql",
        script("jar_c", ""));
    try (URLClassLoader cl = classLoader(tmp.resolve("classes"), jar)) {
      assertThat(ids(loader.load(List.of("classpath:db/migrations"), cl, tmp)))
          .containsExactly("jar_a", "dir_b", "jar_c", "dir_d");
    }
  }

  @Test
  void severalLocationsLoadInConfiguredOrderAndDuplicatesOnce() throws IOException {
    write(tmp.resolve("one/z.sql"), script("one_z", ""));
    write(tmp.resolve("two/a.sql"), script("two_a", ""));
    write(tmp.resolve("classes/db/migrations/m.sql"), script("cp_m", ""));
    try (URLClassLoader cl = classLoader(tmp.resolve("classes"))) {
      List<Migration> migrations =
          loader.load(
              List.of(
                  "filesystem:one",
                  "classpath:db/migrations",
                  "filesystem:two",
                  "filesystem:./one"),
              cl,
              tmp);
      assertThat(ids(migrations)).containsExactly("one_z", "cp_m", "two_a");
    }
  }

  @Test
  void configEntryPointUsesLocationsClassLoaderAndBaseDirectory() throws IOException {
    write(tmp.resolve("project/src/db/a.sql"), script("a1", ""));
    write(tmp.resolve("project/src/db/b.sql"), script("b1", "a1"));
    write(tmp.resolve("classes/db/migrations/c.sql"), script("c1", "b1"));
    try (URLClassLoader cl = classLoader(tmp.resolve("classes"))) {
      MigrateConfig config =
          MigrateConfig.builder()
              .locations("filesystem:src/db", "classpath:db/migrations")
              .classLoader(cl)
              .baseDirectory(tmp.resolve("project"))
              .build();
      List<Migration> migrations =
          MigrationLoader.loadAll(config.locations(), config.classLoader(), config.baseDirectory());
      assertThat(ids(migrations)).containsExactly("a1", "b1", "c1");
      assertThat(migrations.get(2).revision().downRevisions()).containsExactly("b1");
    }
  }

  @Test
  void missingOrEmptyLocationsAreErrorsNamingThem() throws IOException {
    assertThatThrownBy(() -> loader.load(List.of("filesystem:nope"), null, tmp))
        .isInstanceOf(LocationException.class)
        .hasMessage("Location filesystem:nope (" + tmp.resolve("nope") + ") does not exist")
        .satisfies(
            e -> assertThat(((LocationException) e).location()).isEqualTo("filesystem:nope"));
    Files.createDirectories(tmp.resolve("empty/sub"));
    write(tmp.resolve("empty/readme.md"), "no scripts here");
    assertThatThrownBy(() -> loader.load(List.of("filesystem:empty"), null, tmp))
        .isInstanceOf(LocationException.class)
        .hasMessage(
            "Location filesystem:empty ("
                + tmp.resolve("empty")
                + ") holds no migrations (looked for *.sql scripts, Java classes implementing JavaMigration)");
    try (URLClassLoader cl = classLoader(tmp)) {
      assertThatThrownBy(() -> loader.load(List.of("classpath:db/missing"), cl, tmp))
          .isInstanceOf(LocationException.class)
          .hasMessage("Location classpath:db/missing was not found on the classpath");
    }
  }

  @Test
  void aLocationWithoutPrefixIsAClasspathLocationAndItsErrorSuggestsFilesystem()
      throws IOException {
    try (URLClassLoader cl = classLoader(tmp.resolve("classes"))) {
      assertThatThrownBy(() -> loader.load(List.of("db/migrations"), cl, tmp))
          .isInstanceOf(LocationException.class)
          .hasMessage(
              "Location db/migrations was not found on the classpath (a location without a prefix"
                  + " is a classpath location); for a directory, write"
                  + " filesystem:db/migrations");
      write(tmp.resolve("db/migrations/a.sql"), script("a", ""));
      assertThatThrownBy(() -> loader.load(List.of("db/migrations"), cl, tmp))
          .hasMessageEndingWith(
              "the directory "
                  + tmp.resolve("db/migrations")
                  + " exists: write filesystem:db/migrations");
      assertThat(ids(loader.load(List.of("filesystem:db/migrations"), cl, tmp)))
          .containsExactly("a");
      // Written with its prefix, the location's error stays as it was.
      assertThatThrownBy(() -> loader.load(List.of("classpath:db/migrations"), cl, tmp))
          .hasMessage("Location classpath:db/migrations was not found on the classpath");
    }
  }

  @Test
  void aSymlinkLoopIsNamedAsOne() throws IOException {
    write(tmp.resolve("db/a.sql"), script("a", ""));
    Path link = tmp.resolve("db/sub/up");
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, tmp.resolve("db"));
    for (HeaderCache cache :
        List.of(
            HeaderCache.none(),
            HeaderCache.in(tmp.resolve("cache"), dev.migrate.engine.common.Reporter.silent()))) {
      assertThatThrownBy(
              () -> MigrationLoader.standard(cache).load(List.of("filesystem:db"), null, tmp))
          .isInstanceOf(LocationException.class)
          .hasMessageContaining("Cannot read filesystem:db")
          .hasMessageContaining(link + " is a symlink loop")
          .hasMessageNotContaining("Exception")
          .hasMessageNotContaining("java.");
    }
  }

  @Test
  void aLatin1ScriptNamesTheLineOfItsFirstBadByte() throws IOException {
    Path file = tmp.resolve("db/a1_latin.sql");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        "-- revision: a1\n\n-- migrate:upgrade\nCREATE TABLE t (x int);\n-- caf\u00e9\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> loader.load(List.of("filesystem:db"), null, tmp))
        .isInstanceOf(ScriptException.class)
        .hasMessageStartingWith("db/a1_latin.sql, line 5: byte 0xE9 is not UTF-8")
        .hasMessageContaining("must be UTF-8");
  }

  @Test
  void malformedLocationsAreErrors() {
    assertThatThrownBy(() -> Location.parse("s3://bucket/db", tmp))
        .isInstanceOf(LocationException.class)
        .hasMessageContaining("unknown prefix");
    assertThatThrownBy(() -> Location.parse("classpath:/", tmp))
        .isInstanceOf(LocationException.class)
        .hasMessageContaining("names no resource path");
    assertThatThrownBy(() -> Location.parse("filesystem: ", tmp))
        .isInstanceOf(LocationException.class)
        .hasMessageContaining("names no directory");
    assertThat(Location.parse("db/migrations", tmp)).hasToString("classpath:db/migrations");
  }

  @Test
  void badScriptFailsTheLoadNamingFileAndLine() throws IOException {
    write(tmp.resolve("db/ok.sql"), script("ok", ""));
    write(tmp.resolve("db/sub/bad.sql"), "-- revision: bad\n-- parent: ok\n-- migrate:upgrade\n");
    assertThatThrownBy(() -> loader.load(List.of("filesystem:db"), null, tmp))
        .isInstanceOf(ScriptException.class)
        .hasMessageStartingWith("db/sub/bad.sql, line 2: unknown header key 'parent'");
  }

  @Test
  void aSecondSourceIsOneMoreListEntry() throws IOException {
    write(tmp.resolve("db/a.sql"), script("a1", ""));
    MigrationSource extra =
        new MigrationSource() {
          @Override
          public List<Migration> load(Location location, ClassLoader classLoader) {
            return List.of(ScriptParser.parse(script("java1", "a1"), "Java1"));
          }

          @Override
          public String describe() {
            return "Java migrations";
          }
        };
    MigrationLoader composite = new MigrationLoader(List.of(new SqlMigrationSource(), extra));
    assertThat(ids(composite.load(List.of("filesystem:db"), null, tmp)))
        .containsExactly("a1", "java1");
  }

  @Test
  void standardLoaderFindsSqlScriptsThenJavaMigrationsInOneClasspathLocation() throws IOException {
    String location = "dev/migrate/engine/migration/fixtures";
    write(tmp.resolve("classes/" + location + "/a.sql"), script("a_sql", ""));
    try (URLClassLoader cl =
        new URLClassLoader(
            new URL[] {tmp.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
      List<Migration> migrations = loader.load(List.of("classpath:" + location), cl, tmp);
      assertThat(ids(migrations)).containsExactly("a_sql", "e0e0e0e0e0e0");
      assertThat(migrations.get(0)).isInstanceOf(SqlMigration.class);
    }
  }

  @Test
  void loadOrderComparatorPutsFilesBeforeSubdirectories() {
    List<String> paths =
        new java.util.ArrayList<>(
            List.of("a/b/c.sql", "a/b.sql", "a-b.sql", "a.sql", "ab/a.sql", "a/a.sql"));
    paths.sort(ResourceScanner.LOAD_ORDER);
    assertThat(paths)
        .containsExactly("a-b.sql", "a.sql", "a/a.sql", "a/b.sql", "a/b/c.sql", "ab/a.sql");
  }

  private static URLClassLoader classLoader(Path... roots) throws IOException {
    URL[] urls = new URL[roots.length];
    for (int i = 0; i < roots.length; i++) {
      urls[i] = roots[i].toUri().toURL();
    }
    return new URLClassLoader(urls, null);
  }

  /** Builds a jar from name/content pairs, with directory entries as the jar tool writes them. */
  static void buildJar(Path jar, boolean directoryEntries, String... namesAndContents)
      throws IOException {
    Files.createDirectories(jar.getParent());
    java.util.Set<String> dirs = new java.util.LinkedHashSet<>();
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jos = new JarOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        String name = namesAndContents[i];
        if (directoryEntries) {
          for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
            String dir = name.substring(0, slash + 1);
            if (dirs.add(dir)) {
              jos.putNextEntry(new JarEntry(dir));
              jos.closeEntry();
            }
          }
        }
        jos.putNextEntry(new JarEntry(name));
        jos.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        jos.closeEntry();
      }
    }
  }
}
