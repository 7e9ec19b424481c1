package dev.migrate.engine.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordMaskerTest {

  @Test
  void masksPasswordsInEveryForm() {
    assertThat(PasswordMasker.mask("postgresql://u:secret@h:5432/d"))
        .isEqualTo("postgresql://u:****@h:5432/d");
    assertThat(PasswordMasker.mask("jdbc:postgresql://h/d?user=u&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/d?user=u&password=****&ssl=true");
    assertThat(PasswordMasker.mask("jdbc:h2:file:./x;USER=sa;PASSWORD=secret"))
        .isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=****");
    assertThat(PasswordMasker.mask("FATAL: auth failed for secret-pw", "secret-pw"))
        .isEqualTo("FATAL: auth failed for ****");
  }

  @Test
  void masksByPositionWhereNoPatternCouldFindThePassword() {
    String url = "postgresql://u:pa/ss@h/d";
    assertThat(PasswordMasker.mask(url, 15, 20)).isEqualTo("postgresql://u:****@h/d");
    assertThat(PasswordMasker.mask(url, 15, 15)).isEqualTo(url);
  }

  @Test
  void masksAPasswordWithUnencodedSeparatorsWhole() {
    assertThat(PasswordMasker.mask("postgresql://app:Sup3r/Secret@host:5432/db"))
        .isEqualTo("postgresql://app:****@host:5432/db");
    assertThat(PasswordMasker.mask("see jdbc:postgresql://app:a:b@c@host/db here"))
        .isEqualTo("see jdbc:postgresql://app:****@host/db here");
  }
}
