package dev.migrate.engine.common;

import java.util.Locale;

/**
 * How the users of a front end write a command's option, so that the engine words a hint once and
 * each front end shows its own spelling: {@code --head b1} in the CLI, {@code -Dmigrate.head=b1} in
 * Maven, {@code head=b1} for the Java API. Options are named by their camel-case key, as the fields
 * of {@code RevisionRequest} and the Maven parameters are.
 */
public enum OptionSpelling {
  /** The Java API and embedders: {@code head=b1}, {@code splice}. */
  API,
  /** The command-line tool: {@code --head b1}, {@code --splice}. */
  CLI,
  /** The Maven goals: {@code -Dmigrate.head=b1}, {@code -Dmigrate.splice=true}. */
  MAVEN;

  /** The option with a value, as a user of this front end types it. */
  public String option(String key, String value) {
    return switch (this) {
      case API -> key + "=" + value;
      case CLI -> flagName(key) + " " + value;
      case MAVEN -> "-Dmigrate." + key + "=" + value;
    };
  }

  /** A boolean option switched on, as a user of this front end types it. */
  public String flag(String key) {
    return switch (this) {
      case API -> key;
      case CLI -> flagName(key);
      case MAVEN -> "-Dmigrate." + key + "=true";
    };
  }

  /** {@code branchLabel} as {@code --branch-label}. */
  private static String flagName(String key) {
    StringBuilder flag = new StringBuilder("--");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c)) {
        flag.append('-').append(Character.toLowerCase(c));
      } else {
        flag.append(c);
      }
    }
    return flag.toString().toLowerCase(Locale.ROOT);
  }
}
