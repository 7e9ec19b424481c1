package dev.migrate.cli;

import dev.migrate.engine.testing.Printed;
import java.util.ArrayList;
import java.util.List;

/**
 * Every password the CLI's tests hand to a run, in one place: {@link PrintedPasswordsScan} greps
 * everything the runs printed for each of them (and for the pieces a mis-parsed URL would split
 * them into), so a test that uses a new password adds it here.
 */
final class TestSecrets {
  /** Unencoded '/', '@' and ':' in a DATABASE_URL password: the URL cannot be read. */
  static final String SLASH = "Sup3rSlash/Qx7Secret";

  static final String AT = "Sup3rAt@Qx8Secret";
  static final String COLON = "Sup3rColon:Qx9Secret";

  /** The MariaDB user's real password, and a wrong one. */
  static final String MARIADB = "Mdb-Pass-7Kq2";

  static final String WRONG = "Wrong-Pass-4Zt9";

  /** A password next to a URL with a bad percent-escape. */
  static final String PERCENT = "Pct-Pass-3Vn8";

  /** Given to runs against the hung server, which never reads it. */
  static final String HUNG = "Hung-Pass-6Rw1";

  /** In a DATABASE_URL that works (the server trusts local connections): the Database line. */
  static final String ANNOUNCED = "Announced-Pass-2Hx5";

  /** Used by tests that predate the suites (JarUsageIT, ConfigResolverTest, MaskingTest). */
  static final List<String> OLDER = List.of("hunter22", "s3cret");

  private TestSecrets() {}

  /** The passwords, and each piece of five or more characters between '/', '@' and ':'. */
  static List<String> needles() {
    List<String> all = new ArrayList<>(OLDER);
    all.addAll(
        Printed.needles(List.of(SLASH, AT, COLON, MARIADB, WRONG, PERCENT, HUNG, ANNOUNCED)));
    return all;
  }
}
