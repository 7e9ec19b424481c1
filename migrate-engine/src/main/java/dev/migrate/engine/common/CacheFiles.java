package dev.migrate.engine.common;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Files that remember work between runs (script headers, autogenerate's schemas): named by a short
 * hash, and replaced whole, so that a reader sees a whole file or none and two commands racing only
 * lose one of their writes.
 */
public final class CacheFiles {
  private CacheFiles() {}

  /** What a cache file holds, written to a buffered stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(DataOutputStream out) throws IOException;
  }

  /**
   * Sixteen hex digits for {@code text}: two checksums (CRC-32 and CRC-32C, 64 bits together), not
   * a cryptographic hash, whose provider took a tenth of a no-op run in a fresh JVM to start.
   */
  public static String name(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes);
    return HexFormat.of().toHexDigits((crc.getValue() << 32) | crcC.getValue());
  }

  /**
   * Writes {@code file} whole: to a temporary file beside it, then moved into place (atomically
   * where the file system can). The temporary file is deleted when anything fails.
   */
  public static void replace(Path file, Content content) throws IOException {
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream raw = Files.newOutputStream(temporary);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
