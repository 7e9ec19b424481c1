package dev.migrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlMaskTest {
  @Test
  void masksUserInfoPassword() {
    assertThat(UrlMask.mask("postgresql://app:p%40ss%3Aw%2Frd%25@db:5432/app"))
        .isEqualTo("postgresql://app:****@db:5432/app");
    assertThat(UrlMask.mask("jdbc:mysql://root:secret@localhost/test"))
        .isEqualTo("jdbc:mysql://root:****@localhost/test");
  }

  @Test
  void masksPasswordParameters() {
    assertThat(UrlMask.mask("jdbc:postgresql://db/app?user=a&password=secret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=a&password=****&ssl=true");
    assertThat(UrlMask.mask("jdbc:h2:file:./db;USER=sa;PASSWORD=secret"))
        .isEqualTo("jdbc:h2:file:./db;USER=sa;PASSWORD=****");
  }

  @Test
  void leavesUrlsWithoutPasswordAlone() {
    assertThat(UrlMask.mask("jdbc:postgresql://db:5432/app"))
        .isEqualTo("jdbc:postgresql://db:5432/app");
    assertThat(UrlMask.mask("postgresql://app@db/app")).isEqualTo("postgresql://app@db/app");
    assertThat(UrlMask.mask(null)).isNull();
  }
}
