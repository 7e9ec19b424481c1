package dev.migrate.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.testing.Syntaxes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated scripts: statements built from pieces that hide delimiters, joined with delimiters,
 * blank lines and comments, must split back into exactly those statements at the right lines.
 */
class SqlSplitterRoundTripTest {
  private static final List<String> COMMON =
      List.of("x", "1", "'a;b'", "'it''s; ok'", "( 2 )", "/* c; d */", "-- e; f\n y", "a$b");

  private static List<String> pieces(SqlSyntax syntax) {
    List<String> pieces = new ArrayList<>(COMMON);
    if (syntax.equals(Syntaxes.POSTGRESQL)) {
      pieces.addAll(
          List.of(
              "E'g\\';h'",
              "\"id;\"\"x\"",
              "$$;$$",
              "$t$ ; $$ ; ' $t$",
              "/* n /* m; */ ; */",
              "(1;2)",
              "'back\\'",
              "e'\\\\'"));
    } else if (syntax.equals(Syntaxes.MYSQL)) {
      pieces.addAll(
          List.of(
              "'g\\';h'",
              "\"q\\\";r\"",
              "`b;``t`",
              "# s; t\n z",
              "/*!40101 u; */",
              "--1",
              "/* flat /* ; */"));
    } else if (syntax.equals(Syntaxes.H2)) {
      pieces.addAll(List.of("\"id;\"\"x\"", "$$;$$", "`b;t`", "// v; w\n z", "/* n /* m; */ ; */"));
    }
    return pieces;
  }

  @ParameterizedTest
  @MethodSource("dev.migrate.engine.testing.Syntaxes#all")
  void generatedScriptsSplitBackIntoTheirStatements(SqlSyntax syntax) {
    List<String> pieces = pieces(syntax);
    SqlSplitter splitter = SqlSplitter.of(syntax);
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      StringBuilder script = new StringBuilder();
      List<Statement> expected = new ArrayList<>();
      int statements = 1 + random.nextInt(6);
      for (int s = 0; s < statements; s++) {
        script.append(random.nextBoolean() ? "\n" : " ");
        if (random.nextInt(4) == 0) {
          script.append(syntax == Syntaxes.MYSQL ? "# lead; '\n" : "-- lead; '\n");
        }
        StringBuilder statement = new StringBuilder("SELECT");
        int count = 1 + random.nextInt(5);
        for (int p = 0; p < count; p++) {
          statement
              .append(random.nextBoolean() ? " " : "\n")
              .append(pieces.get(random.nextInt(pieces.size())));
        }
        statement.append(" end_token");
        int line = (int) script.chars().filter(c -> c == '\n').count() + 1;
        expected.add(new Statement(statement.toString(), line, s + 1));
        script.append(statement);
        boolean last = s == statements - 1;
        if (!last || random.nextBoolean()) {
          script.append(random.nextBoolean() ? ";" : "\n;\n;");
        }
      }
      assertThat(splitter.split(script.toString()))
          .as("seed %d, script:%n%s", seed, script)
          .containsExactlyElementsOf(expected);
    }
  }
}
