package dev.migrate.engine.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Script text as the engine sees it: UTF-8 without a byte-order mark, lines ending in {@code \n}.
 * Checksums are taken over this form, so a checkout that converts line endings (Git on Windows) or
 * an editor that adds a BOM does not make an applied script look edited.
 */
public final class ScriptText {
  private ScriptText() {}

  /**
   * Decodes UTF-8 strictly and normalises; malformed bytes are an error naming the file and the
   * line of the first one.
   */
  public static String decode(byte[] content, String file) {
    ByteBuffer input = ByteBuffer.wrap(content);
    CharBuffer output = CharBuffer.allocate(content.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      // The decoder stops at the first bad byte: its position gives the line.
      int offset = input.position();
      throw new ScriptException(
          file,
          lineOf(content, offset),
          String.format(
              Locale.ROOT,
              "byte 0x%02X is not UTF-8; scripts must be UTF-8 (convert a Latin-1 or"
                  + " Windows-1252 file, e.g. iconv -f latin1 -t utf-8)",
              content[offset] & 0xff));
    }
    output.flip();
    return normalise(output.toString());
  }

  private static int lineOf(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n'
          || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** Strips a leading BOM and turns CRLF and lone CR into LF. */
  public static String normalise(String text) {
    String s = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes of already normalised text. */
  public static String checksum(String normalisedText) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
