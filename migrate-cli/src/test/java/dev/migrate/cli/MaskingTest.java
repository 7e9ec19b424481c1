package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void masksUserInfoAndPasswordParameters() {
    assertThat(Masking.maskUrl("postgresql://app:s3cret@db:5432/app"))
        .isEqualTo("postgresql://app:****@db:5432/app");
    assertThat(Masking.maskUrl("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=****&ssl=true");
    assertThat(Masking.maskUrl("jdbc:h2:mem:x;PASSWORD=s3cret;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:mem:x;PASSWORD=****;MODE=PostgreSQL");
    assertThat(Masking.maskUrl("jdbc:h2:mem:plain")).isEqualTo("jdbc:h2:mem:plain");
  }

  @Test
  void findsThePasswordInsideAUrl() {
    assertThat(Masking.urlPassword("postgresql://app:s3cret@db/app")).isEqualTo("s3cret");
    assertThat(Masking.urlPassword("jdbc:postgresql://db/app?password=pw1&x=1")).isEqualTo("pw1");
    assertThat(Masking.urlPassword("jdbc:postgresql://db/app")).isNull();
  }

  @Test
  void consoleRedactsSecretsOnStderr() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console =
        new Console(
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    console.secret("hunter22");
    console.error("ERROR: login failed for password hunter22 at postgresql://u:other@h/db");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .doesNotContain("hunter22", "other")
        .contains("password ****", "postgresql://u:****@h/db");
  }
}
