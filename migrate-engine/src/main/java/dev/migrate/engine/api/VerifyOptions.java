package dev.migrate.engine.api;

import java.util.List;

/**
 * Settings of {@code verify} that no other command has.
 *
 * @param scratchUrl where the throwaway database is made. A PostgreSQL, MariaDB or MySQL URL names
 *     a server on which verify creates a database with a unique name ({@code migrate_verify_<hex>})
 *     and drops it afterwards, connecting with the configured user and password; an H2 URL means
 *     in-memory H2 with that URL's compatibility settings ({@code MODE=...}). Null: the configured
 *     database's server, or in-memory H2 when the configured database is H2 or none is configured.
 *     The configured database itself is never touched.
 * @param expectedHeads the heads the scripts must have (ids, unique prefixes or {@code
 *     label@head}); empty means exactly one
 */
public record VerifyOptions(String scratchUrl, List<String> expectedHeads) {

  /** In-memory H2, whatever database is configured. */
  public static final String IN_MEMORY_H2 = "jdbc:h2:mem:";

  public VerifyOptions {
    scratchUrl = scratchUrl == null || scratchUrl.isBlank() ? null : scratchUrl.strip();
    expectedHeads = expectedHeads == null ? List.of() : List.copyOf(expectedHeads);
  }

  /** A scratch database like the configured one; exactly one head expected. */
  public static VerifyOptions defaults() {
    return new VerifyOptions(null, List.of());
  }

  /** These options with another scratch database URL. */
  public VerifyOptions withScratchUrl(String url) {
    return new VerifyOptions(url, expectedHeads);
  }

  /** These options with the heads the scripts must end in. */
  public VerifyOptions withExpectedHeads(List<String> heads) {
    return new VerifyOptions(scratchUrl, heads);
  }
}
