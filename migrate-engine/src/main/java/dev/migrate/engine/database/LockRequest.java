package dev.migrate.engine.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

/**
 * What a {@link LockProtocol} locks and for how long it may wait.
 *
 * @param name identifies migrate's tables inside one database ({@code migrate:schema.table})
 * @param table the qualified lock table, for databases that lock a row
 * @param timeout the longest wait for another runner's lock
 */
public record LockRequest(String name, String table, Duration timeout) {

  /** A stable 64-bit key for the lock name, for databases whose locks are numbered or short. */
  public long key() {
    return key(name);
  }

  /** A stable 64-bit key for any name. */
  public static long key(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (digest[i] & 0xFF);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
