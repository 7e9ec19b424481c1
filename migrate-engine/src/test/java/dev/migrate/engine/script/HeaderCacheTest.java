package dev.migrate.engine.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.RevisionEntry;
import dev.migrate.engine.command.Catalog;
import dev.migrate.engine.command.HistoryQuery;
import dev.migrate.engine.command.Listings;
import dev.migrate.engine.common.Reporter;
import dev.migrate.engine.testing.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script header cache never serves a stale header: every listing after an edit, a rename or a
 * deletion is what a run without the cache prints, including edits that keep the size and the
 * modification time.
 */
class HeaderCacheTest {
  @TempDir Path tmp;

  private final List<String> debug = new ArrayList<>();

  private Path scripts() {
    return tmp.resolve("db/migrations");
  }

  private Path cacheDirectory() {
    return tmp.resolve("cache");
  }

  private HeaderCache cache() {
    return HeaderCache.in(cacheDirectory(), recording());
  }

  private Reporter recording() {
    return Reporters.debugInto(debug);
  }

  // An hour ahead: the scripts a test just wrote are then old enough for the cache to trust, as
  // scripts of a real project are; the racy window is tested with the real clock.
  private static long hourAhead() {
    return System.currentTimeMillis() + 3_600_000;
  }

  private List<Migration> load(HeaderCache cache) {
    return new SqlMigrationSource(cache, HeaderCacheTest::hourAhead)
        .load(Location.parse("filesystem:db/migrations", tmp), getClass().getClassLoader());
  }

  private List<Migration> loadNow(HeaderCache cache) {
    return new SqlMigrationSource(cache)
        .load(Location.parse("filesystem:db/migrations", tmp), getClass().getClassLoader());
  }

  private static String script(String id, String down, String message, String body) {
    return "-- revision: "
        + id
        + "\n-- down_revision: "
        + down
        + "\n-- message: "
        + message
        + "\n\n-- migrate:upgrade\n"
        + body
        + "\n-- migrate:downgrade\nSELECT 2;\n";
  }

  private Path write(String name, String content) throws IOException {
    Path file = scripts().resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static FileTime secondsAgo(long seconds) {
    return FileTime.from(Instant.now().minusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS));
  }

  private static List<String> ids(List<Migration> migrations) {
    return migrations.stream().map(m -> m.revision().id()).toList();
  }

  private static boolean anySectionsLoaded(List<Migration> migrations) {
    return migrations.stream().anyMatch(m -> ((SqlMigration) m).sectionsLoaded());
  }

  @Test
  void aWarmLoadTakesUnchangedScriptsFromTheCacheWithoutReadingTheirSections() throws IOException {
    write("1_a.sql", script("a", "", "first", "SELECT 1;"));
    write("2_b.sql", script("b", "a", "second", "SELECT 1;"));

    List<Migration> cold = load(cache());
    List<Migration> warm = load(cache());

    assertThat(ids(warm)).containsExactly("a", "b");
    assertThat(warm.get(1).revision()).isEqualTo(cold.get(1).revision());
    assertThat(warm.get(1).checksum()).isEqualTo(cold.get(1).checksum());
    assertThat(anySectionsLoaded(warm)).as("served from the cache").isFalse();
    assertThat(((SqlMigration) warm.get(1)).upgradeSection())
        .isEqualTo(((SqlMigration) cold.get(1)).upgradeSection());
    assertThat(warm.get(1).hasDowngrade()).isTrue();
    try (var files = Files.list(cacheDirectory())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .satisfies(name -> assertThat(name).endsWith(".bin"));
    }
    try (var files = Files.list(scripts())) {
      assertThat(files.count()).as("nothing written beside the scripts").isEqualTo(2);
    }
  }

  @Test
  void anEditThatKeepsSizeAndSecondIsSeenWhileTheTimeIsRecent() throws IOException {
    Path file = scripts().resolve("1_a.sql");
    Files.createDirectories(scripts());
    Files.writeString(file, script("a", "", "aaaa", "SELECT 1;"));
    FileTime written = Files.getLastModifiedTime(file);
    assertThat(loadNow(cache()).get(0).revision().message()).isEqualTo("aaaa");

    Files.writeString(file, script("a", "", "bbbb", "SELECT 1;"));
    Files.setLastModifiedTime(file, written);

    List<Migration> again = loadNow(cache());
    assertThat(again.get(0).revision().message()).isEqualTo("bbbb");
    assertThat(again.get(0).checksum()).isEqualTo(load(HeaderCache.none()).get(0).checksum());
  }

  @Test
  void editsThatChangeSizeOrTimeOfAnOldScriptAreSeen() throws IOException {
    Path file = write("1_a.sql", script("a", "", "aaaa", "SELECT 1;"));
    load(cache());

    Files.writeString(file, script("a", "", "longer message", "SELECT 1;"));
    Files.setLastModifiedTime(file, secondsAgo(3_600));
    assertThat(load(cache()).get(0).revision().message()).isEqualTo("longer message");

    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, script("a", "", "other message!", "SELECT 1;"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 1_000));
    assertThat(load(cache()).get(0).revision().message()).isEqualTo("other message!");
  }

  @Test
  void aScriptReplacedByAnotherFileOfTheSameSizeAndTimeIsSeen() throws IOException {
    Path file = write("1_a.sql", script("a", "", "aaaa", "SELECT 1;"));
    FileTime time = Files.getLastModifiedTime(file);
    load(cache());

    Path replacement = write("other.txt", script("a", "", "bbbb", "SELECT 1;"));
    Files.setLastModifiedTime(replacement, time);
    Files.move(replacement, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(load(cache()).get(0).revision().message()).isEqualTo("bbbb");
  }

  @Test
  void aBodyEditedAfterTheHeaderWasServedFailsInsteadOfRunningOtherSql() throws IOException {
    Path file = write("1_a.sql", script("a", "", "aaaa", "SELECT 1;"));
    load(cache());
    SqlMigration served = (SqlMigration) load(cache()).get(0);

    Files.writeString(file, script("a", "", "aaaa", "SELECT 9;"));
    Files.setLastModifiedTime(file, secondsAgo(3_600));

    assertThatThrownBy(served::upgradeSection)
        .isInstanceOf(ScriptException.class)
        .hasMessageContaining("changed on disk while this command ran");
  }

  @Test
  void aCacheThatCannotBeWrittenOrReadIsIgnored() throws IOException {
    write("1_a.sql", script("a", "", "aaaa", "SELECT 1;"));
    Files.createDirectories(tmp);
    Files.writeString(cacheDirectory(), "a file where the cache directory should be");

    assertThat(ids(load(cache()))).containsExactly("a");
    assertThat(debug).anySatisfy(line -> assertThat(line).contains("not written"));
  }

  @Test
  void aCacheFileOfAnotherDirectoryUnderTheSameNameIsNotServed() throws IOException {
    // Another directory whose scripts hold the same ids and sizes: only the recorded path tells.
    Path other = tmp.resolve("other/migrations");
    Files.createDirectories(other);
    Files.writeString(other.resolve("1_a.sql"), script("a", "", "from other", "SELECT 1;"));
    new SqlMigrationSource(cache(), HeaderCacheTest::hourAhead)
        .load(Location.parse("filesystem:other/migrations", tmp), getClass().getClassLoader());
    write("1_a.sql", script("a", "", "from this", "SELECT 1;"));
    // As if the two paths' checksums collided: the other directory's file under this one's name.
    FileHeaderCache files = new FileHeaderCache(cacheDirectory(), recording());
    Files.copy(
        files.fileFor(other.toAbsolutePath()),
        files.fileFor(scripts().toAbsolutePath()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(load(cache()).get(0).revision().message()).isEqualTo("from this");
    assertThat(debug).anySatisfy(line -> assertThat(line).contains("another format or location"));
  }

  @Test
  void aCorruptCacheFileIsIgnored() throws IOException {
    write("1_a.sql", script("a", "", "aaaa", "SELECT 1;"));
    load(cache());
    try (var files = Files.list(cacheDirectory())) {
      for (Path file : files.toList()) {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }

    List<Migration> loaded = load(cache());
    assertThat(ids(loaded)).containsExactly("a");
    assertThat(loaded.get(0).revision().message()).isEqualTo("aaaa");
    assertThat(debug).anySatisfy(line -> assertThat(line).contains("not read"));
  }

  @Test
  void everyListingStaysCorrectAcrossEditsRenamesAndDeletions() throws IOException {
    write("1_a.sql", script("a", "", "base", "SELECT 1;"));
    write("2_b.sql", script("b", "a", "left", "SELECT 1;"));
    write("3_c.sql", script("c", "a", "right", "SELECT 1;"));
    assertSameListings();
    assertThat(entryIds(heads(cached()))).containsExactlyInAnyOrder("b", "c");

    // An edit of the same size with the modification time set back: c now follows b, one head.
    Path c = scripts().resolve("3_c.sql");
    FileTime time = Files.getLastModifiedTime(c);
    Files.writeString(c, script("c", "b", "right", "SELECT 1;"));
    Files.setLastModifiedTime(c, time);
    assertSameListings();
    assertThat(entryIds(heads(cached()))).containsExactly("c");

    // A rename: the revision keeps its id, the listing shows the new file.
    Files.move(scripts().resolve("2_b.sql"), scripts().resolve("2_renamed.sql"));
    assertSameListings();
    assertThat(history(cached()))
        .anySatisfy(entry -> assertThat(entry.source()).endsWith("2_renamed.sql"));

    // A deletion: c goes, and b is the one head again.
    Files.delete(c);
    assertSameListings();
    assertThat(entryIds(heads(cached()))).containsExactly("b");

    // A new script makes a a branch point.
    write("4_d.sql", script("d", "a", "another", "SELECT 1;"));
    assertSameListings();
    assertThat(new Listings(cached(), List.of()).branches())
        .extracting(branch -> branch.point().id())
        .containsExactly("a");
  }

  @Test
  void theCachedListingFindsWhatTheScanFindsThroughLinksAndPastHiddenNames() throws IOException {
    write("1_a.sql", script("a", "", "base", "SELECT 1;"));
    write("sub/2_b.sql", script("b", "a", "nested", "SELECT 1;"));
    write(".hidden/3_x.sql", script("x", "a", "in a hidden directory", "SELECT 1;"));
    write(".4_y.sql", script("y", "a", "hidden file", "SELECT 1;"));
    write("notes.txt", "not a script");
    Path elsewhere = tmp.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.writeString(elsewhere.resolve("5_c.sql"), script("c", "b", "linked file", "SELECT 1;"));
    Files.createDirectories(elsewhere.resolve("dir"));
    Files.writeString(
        elsewhere.resolve("dir/6_d.sql"), script("d", "c", "in a linked dir", "SELECT 1;"));
    Files.createSymbolicLink(scripts().resolve("5_c.sql"), elsewhere.resolve("5_c.sql"));
    Files.createSymbolicLink(scripts().resolve("linked"), elsewhere.resolve("dir"));
    Files.createSymbolicLink(scripts().resolve("7_gone.sql"), elsewhere.resolve("missing.sql"));

    assertThat(ids(load(cache()))).containsExactly("a", "c", "d", "b");
    assertThat(ids(load(HeaderCache.none()))).containsExactly("a", "c", "d", "b");
    assertSameListings();
  }

  private Catalog cached() {
    List<Migration> migrations = load(cache());
    return Catalog.of(migrations);
  }

  private Catalog uncached() {
    return Catalog.of(load(HeaderCache.none()));
  }

  private static List<RevisionEntry> heads(Catalog catalog) {
    return new Listings(catalog, List.of()).entries(catalog.graph().heads());
  }

  private static List<RevisionEntry> history(Catalog catalog) {
    return new HistoryQuery(null, false).entries(catalog, List.of());
  }

  /** Heads, history and branches as a load with the cache gives them and as one without does. */
  private void assertSameListings() {
    Catalog cached = cached();
    Catalog uncached = uncached();
    assertThat(heads(cached)).isEqualTo(heads(uncached));
    assertThat(history(cached)).isEqualTo(history(uncached));
    assertThat(new Listings(cached, List.of()).branches())
        .isEqualTo(new Listings(uncached, List.of()).branches());
    // Each listing after the first load of a state comes from the cache, and still agrees.
    Catalog again = cached();
    assertThat(again.migrations().values())
        .allSatisfy(m -> assertThat(((SqlMigration) m).sectionsLoaded()).isFalse());
    assertThat(history(again)).isEqualTo(history(uncached));
  }

  private static List<String> entryIds(List<RevisionEntry> entries) {
    List<String> ids = new ArrayList<>();
    for (RevisionEntry entry : entries) {
      ids.add(entry.id());
    }
    return ids;
  }
}
