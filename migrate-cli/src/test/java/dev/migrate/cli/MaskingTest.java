package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever reaches stderr has URLs masked and the configured passwords replaced. */
class MaskingTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Console console =
      new Console(
          new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void errorsHaveUrlsMaskedAndSecretsReplaced() {
    console.secret("hunter22");
    console.error("ERROR: login failed for password hunter22 at postgresql://u:other@h/db");
    assertThat(err())
        .doesNotContain("hunter22", "other")
        .contains("password ****", "postgresql://u:****@h/db");
  }

  @Test
  void warningsDebugAndStackTracesAreMaskedToo() {
    console.secret("hunter22");
    console.debug(true);
    console.warn("retrying with hunter22");
    console.debugLine("url = jdbc:postgresql://h/db?password=hunter22");
    console.stackTrace(new IllegalStateException("boom hunter22"));
    assertThat(err()).doesNotContain("hunter22").contains("WARNING: ", "DEBUG: ", "boom ****");
  }

  @Test
  void progressLinesAreMasked() {
    console.secret("s3cret-pw");
    console.reporter(true).info("connected with s3cret-pw");
    assertThat(err()).isEqualTo("connected with ****" + System.lineSeparator());
  }
}
