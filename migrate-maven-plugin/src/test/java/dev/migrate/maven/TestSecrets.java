package dev.migrate.maven;

import dev.migrate.engine.testing.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * Every password the plugin's tests and invoker ITs hand to a goal, in one place: {@link
 * PrintedPasswordsScanIT} greps everything the goals printed for each of them (and for the pieces a
 * mis-parsed URL would split them into), so a test that uses a new password adds it here.
 */
final class TestSecrets {
  /** Unencoded '/' and '@' in a DATABASE_URL password. */
  static final String SLASH = "MvnSlash/Qx7Secret";

  static final String AT = "MvnAt@Qx8Secret";

  /** The MariaDB user's real password, and a wrong one. */
  static final String MARIADB = "Mvn-Mdb-Pass-7Kq2";

  static final String WRONG = "Mvn-Wrong-Pass-4Zt9";

  /** A password next to a URL with a bad percent-escape. */
  static final String PERCENT = "Mvn-Pct-Pass-3Vn8";

  /** Given to goals against the hung server, which never reads it. */
  static final String HUNG = "Mvn-Hung-Pass-6Rw1";

  /**
   * The invoker ITs' passwords, all run with -X: database-url-postgresql's role (in DATABASE_URL,
   * encoded and not), server-id-encrypted's settings.xml server, and
   * upgrade-password-debug-masked's POM {@code <password>} and {@code -Dmigrate.password}.
   */
  static final List<String> INVOKER =
      List.of(
          "p@ss:w/rd%1",
          "p%40ss%3Aw%2Frd%251", "s3cret-Pa55", "Env-Xdump-Pass-5Jt3", "Cli-Xdump-Pass-8Hw2");

  /** Used by unit tests that predate the suites (AbstractMigrateMojoTest, MavenSourcesTest). */
  static final List<String> OLDER = List.of("pom-secret", "cli-secret");

  private TestSecrets() {}

  /** The passwords, and each piece of five or more characters between '/', '@' and ':'. */
  static List<String> needles() {
    List<String> all = new ArrayList<>(INVOKER);
    all.addAll(OLDER);
    all.addAll(Printed.needles(List.of(SLASH, AT, MARIADB, WRONG, PERCENT, HUNG)));
    return all;
  }
}
