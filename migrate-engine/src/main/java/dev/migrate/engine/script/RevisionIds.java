package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import java.util.HexFormat;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Generating and checking revision ids. */
public final class RevisionIds {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1,32}");

  private RevisionIds() {}

  /** A fresh id of 12 lowercase hex characters that none of {@code taken} uses. */
  public static String generate(RandomGenerator random, Set<String> taken) {
    while (true) {
      byte[] bytes = new byte[6];
      random.nextBytes(bytes);
      String id = HexFormat.of().formatHex(bytes);
      if (!taken.contains(id)) {
        return id;
      }
    }
  }

  /** True for {@code [A-Za-z0-9_]{1,32}}, what the version column holds and the grammar allows. */
  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /** Throws unless {@link #isValid}. */
  public static String requireValid(String id) {
    if (!isValid(id)) {
      throw new MigrateException(
          "Invalid revision id '"
              + id
              + "': use 1 to 32 letters, digits or '_' (generated ids are 12 hex characters)");
    }
    return id;
  }
}
