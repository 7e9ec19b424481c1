package dev.migrate.engine.database.h2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2SupportTest {

  @Test
  void findsUrlSettingsIgnoringCaseAndEscapedSemicolons() {
    assertThat(H2Support.urlSets("jdbc:h2:./x;max_compact_time=5", "MAX_COMPACT_TIME")).isTrue();
    assertThat(H2Support.urlSets("jdbc:h2:./x;MODE=MySQL;MAX_COMPACT_TIME=5;", "mode")).isTrue();
    assertThat(H2Support.urlSets("jdbc:h2:./x", "MAX_COMPACT_TIME")).isFalse();
    assertThat(
            H2Support.urlSets("jdbc:h2:./x;INIT=SET A=1\\;MAX_COMPACT_TIME=5", "MAX_COMPACT_TIME"))
        .isFalse();
  }

  @Test
  void anEmbeddedFileIsAFileThisJvmOpens() {
    assertThat(H2Support.embeddedFile("jdbc:h2:file:./x")).isTrue();
    assertThat(H2Support.embeddedFile("jdbc:h2:~/x;MODE=MySQL")).isTrue();
    assertThat(H2Support.embeddedFile("jdbc:h2:mem:x")).isFalse();
    assertThat(H2Support.embeddedFile("jdbc:h2:tcp://localhost/~/x")).isFalse();
  }
}
