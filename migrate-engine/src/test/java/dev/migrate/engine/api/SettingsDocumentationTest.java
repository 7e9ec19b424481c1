package dev.migrate.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the table of settings in docs/configuration.md exactly the {@link Setting} table. */
class SettingsDocumentationTest {
  private static final Path DOCS = Path.of("../docs/configuration.md");
  private static final String HEADING = "## Every setting";

  /** The documented row of a setting. */
  static String row(Setting setting) {
    String environment = "`" + setting.environmentVariable() + "`";
    if (setting.conventionalVariable() != null) {
      environment += ", then `" + setting.conventionalVariable() + "`";
    }
    return "| `"
        + setting.key()
        + "` | `"
        + setting.property()
        + "` | "
        + environment
        + " | "
        + (setting.globalFlag() ? "`" + setting.flag() + " " + setting.label() + "`" : "")
        + " | "
        + (setting.defaultValue() == null ? "" : "`" + setting.defaultValue() + "`")
        + " | "
        + setting.description()
        + " |";
  }

  @Test
  void docsTableIsTheSettingTable() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      expected.add(row(setting));
    }
    assertThat(documentedRows()).containsExactlyElementsOf(expected);
  }

  @Test
  void namesAreDerivedFromTheOneKey() {
    assertThat(Setting.VERSION_TABLE.flag()).isEqualTo("--version-table");
    assertThat(Setting.VERSION_TABLE.environmentVariable()).isEqualTo("MIGRATE_VERSION_TABLE");
    assertThat(Setting.VERSION_TABLE.property()).isEqualTo("migrate.versionTable");
    assertThat(Setting.URL.flag()).isEqualTo("--url");
    assertThat(Setting.forProperty("migrate.lockTimeout")).isEqualTo(Setting.LOCK_TIMEOUT);
    assertThat(Setting.forProperty("migrate.ulr")).isNull();
  }

  private static List<String> documentedRows() throws IOException {
    List<String> lines = Files.readAllLines(DOCS);
    int start = lines.indexOf(HEADING);
    assertThat(start).as(HEADING + " in " + DOCS).isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| `")) {
        rows.add(line);
      }
    }
    return rows;
  }
}
