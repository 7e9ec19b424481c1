package dev.migrate.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.samples.bookshelf.BookshelfApplication;
import dev.migrate.samples.bookshelf.ShelfReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample under samples/spring-boot (compiled into this module's tests) starts on its own
 * revisions, read from its source tree: they apply, and its entity validates against them.
 */
class SampleApplicationTest {
  private static final Path SCRIPTS =
      Path.of("../../samples/spring-boot/src/main/resources/db/migrations")
          .toAbsolutePath()
          .normalize();

  @Test
  void samplesRevisionsApplyAndItsEntityValidates() throws Exception {
    assertThat(SCRIPTS).isDirectory();
    String url = Apps.h2Url();
    try (ConfigurableApplicationContext context =
        Apps.start(
            BookshelfApplication.class,
            "spring.datasource.url=" + url,
            "migrate.locations=filesystem:" + SCRIPTS,
            "spring.jpa.hibernate.ddl-auto=validate")) {
      assertThat(context.getBean(ShelfReport.class).books()).isEqualTo(3);
    }
    try (var scripts = Files.list(SCRIPTS)) {
      assertThat(scripts.filter(p -> p.toString().endsWith(".sql"))).hasSize(3);
    }
    assertThat(Apps.column(url, "sa", "", "SELECT version_num FROM migrate_version"))
        .containsExactly("c51d8e3f7a26");
    assertThat(Apps.column(url, "sa", "", "SELECT status FROM book ORDER BY id"))
        .containsExactly("to-read", "to-read", "to-read");
  }
}
