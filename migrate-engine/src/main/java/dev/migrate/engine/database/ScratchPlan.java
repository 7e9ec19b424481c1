package dev.migrate.engine.database;

import dev.migrate.engine.common.PasswordMasker;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to make and drop one throwaway database.
 *
 * @param url the JDBC URL of the scratch database
 * @param user the user to connect with (may be null)
 * @param password the password to connect with (may be null)
 * @param serverUrl where {@code create} and {@code drop} run; null for a database in memory, which
 *     lives while a connection to it is open and is dropped through that connection, or in files
 * @param create the statement that creates it on the server, or null when connecting creates it
 * @param drop the statement that drops it, or null for a database in files
 * @param description for progress lines, without a password
 * @param files the files that hold the database (deleted to drop it), empty for the others
 */
public record ScratchPlan(
    String url,
    String user,
    String password,
    String serverUrl,
    String create,
    String drop,
    String description,
    List<Path> files) {

  public ScratchPlan {
    files = List.copyOf(files);
  }

  /** A database on a server or in memory. */
  public ScratchPlan(
      String url,
      String user,
      String password,
      String serverUrl,
      String create,
      String drop,
      String description) {
    this(url, user, password, serverUrl, create, drop, description, List.of());
  }

  /**
   * A database in files that connecting to {@code url} creates and deleting {@code files} drops.
   */
  public static ScratchPlan inFiles(String url, List<Path> files, String description) {
    return new ScratchPlan(url, null, null, null, null, null, description, files);
  }

  /**
   * A database named {@code name} on the server of {@code serverUrl}, reached by the same URL with
   * the name as its database, created with {@code CREATE DATABASE} and dropped by {@code drop};
   * empty when the URL does not have the server form: {@code (prefix://host:port)(/db)?(?query)?}.
   */
  public static Optional<ScratchPlan> onServer(
      Pattern serverForm,
      String serverUrl,
      String user,
      String password,
      String name,
      String drop) {
    Matcher server = serverUrl == null ? null : serverForm.matcher(serverUrl);
    if (server == null || !server.matches()) {
      return Optional.empty();
    }
    String url = server.group(1) + "/" + name + (server.group(3) == null ? "" : server.group(3));
    return Optional.of(
        new ScratchPlan(
            url,
            user,
            password,
            serverUrl,
            "CREATE DATABASE " + name,
            drop,
            name + " on " + PasswordMasker.mask(serverUrl)));
  }

  /** True when the database lives in this JVM's memory, not on a server or in files. */
  public boolean inMemory() {
    return serverUrl == null && files.isEmpty();
  }

  /** True when the database lives in files that this JVM deletes to drop it. */
  public boolean inFiles() {
    return !files.isEmpty();
  }
}
