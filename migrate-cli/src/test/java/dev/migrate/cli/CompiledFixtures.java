package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Classes compiled at test time outside the test class path, so only a {@code --classpath} given to
 * the CLI can reach them. The fake driver is a JDBC driver for {@code jdbc:fake:...} URLs that
 * delegates to H2 ({@code jdbc:fake:mem:x} is {@code jdbc:h2:mem:x}). Only a class path given to
 * the CLI can reach it, which is what {@code --classpath} and the driver shim must handle.
 */
final class CompiledFixtures {
  static final String FAKE_DRIVER =
      """
      package fake;

      import java.sql.*;
      import java.util.Properties;
      import java.util.logging.Logger;

      public final class FakeDriver implements Driver {
        private static final String PREFIX = "jdbc:fake:";
        private final Driver h2 = new org.h2.Driver();

        public Connection connect(String url, Properties info) throws SQLException {
          return acceptsURL(url) ? h2.connect("jdbc:h2:" + url.substring(PREFIX.length()), info) : null;
        }
        public boolean acceptsURL(String url) { return url != null && url.startsWith(PREFIX); }
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
          return new DriverPropertyInfo[0];
        }
        public int getMajorVersion() { return 1; }
        public int getMinorVersion() { return 0; }
        public boolean jdbcCompliant() { return false; }
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
          throw new SQLFeatureNotSupportedException();
        }
      }
      """;

  private CompiledFixtures() {}

  /** Writes the compiled driver and its service file into {@code directory}. */
  static Path fakeDriver(Path directory) throws IOException {
    Path classes = compile(directory, "fake/FakeDriver.java", FAKE_DRIVER);
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(services.resolve("java.sql.Driver"), "fake.FakeDriver\n");
    return classes;
  }

  /**
   * Compiles one source file against the test class path (the engine, the drivers) into {@code
   * directory/classes}, which is returned; the source goes to {@code directory/src/<path>}.
   */
  static Path compile(Path directory, String path, String source) throws IOException {
    Path file = directory.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");
    int status =
        compiler.run(
            null,
            null,
            null,
            List.of("-cp", classpath, "-d", classes.toString(), file.toString())
                .toArray(String[]::new));
    assertThat(status).as("compiling " + path).isZero();
    return classes;
  }
}
