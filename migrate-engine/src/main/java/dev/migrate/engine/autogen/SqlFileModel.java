package dev.migrate.engine.autogen;

import dev.migrate.engine.api.ModelDdl;
import dev.migrate.engine.api.error.ModelException;
import dev.migrate.engine.database.Databases;
import dev.migrate.engine.sql.SqlSplitException;
import dev.migrate.engine.sql.SqlSplitter;
import dev.migrate.engine.sql.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A desired-state SQL file ({@code schema.sql}, {@code init.sql}) as a model: its statements, split
 * as the target database's client would split them, with their lines for errors.
 */
public final class SqlFileModel implements ModelDdl {
  private final Path file;
  private final String shown;

  /**
   * @param file the file
   * @param shown the file as the setting gave it, for messages
   */
  public SqlFileModel(Path file, String shown) {
    this.file = file;
    this.shown = shown;
  }

  @Override
  public String description() {
    return "SQL file " + shown;
  }

  @Override
  public List<String> statements(String dialect) {
    return split(dialect).stream().map(Statement::sql).toList();
  }

  /** The statements with their lines in the file. */
  List<Statement> split(String dialect) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ModelException("sql:" + shown, "Model file " + file + " does not exist");
    } catch (IOException e) {
      throw new ModelException("sql:" + shown, "Cannot read model file " + file + ": " + e);
    }
    try {
      return SqlSplitter.of(Databases.forName(dialect).syntax()).split(text, 1, file.toString());
    } catch (SqlSplitException e) {
      throw new ModelException("sql:" + shown, "Model file " + e.getMessage());
    }
  }
}
