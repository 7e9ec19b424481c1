package dev.migrate.engine.script;

import java.util.ArrayList;
import java.util.List;

/** Every {@code *.sql} file below a location is a revision; its header is parsed at load. */
public final class SqlMigrationSource implements MigrationSource {
  public static final String SUFFIX = ".sql";

  @Override
  public List<Migration> load(Location location, ClassLoader classLoader) {
    List<Migration> migrations = new ArrayList<>();
    for (ResourceScanner.Resource resource : ResourceScanner.scan(location, classLoader, SUFFIX)) {
      String file = resource.displayName();
      migrations.add(ScriptParser.parse(ScriptText.decode(resource.content(), file), file));
    }
    return migrations;
  }

  @Override
  public String describe() {
    return "*.sql scripts";
  }
}
