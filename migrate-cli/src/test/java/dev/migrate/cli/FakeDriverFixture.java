package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles, at test time and outside the test class path, a JDBC driver for {@code jdbc:fake:...}
 * URLs that delegates to H2 ({@code jdbc:fake:mem:x} is {@code jdbc:h2:mem:x}). Only a class path
 * given to the CLI can reach it, which is what {@code --classpath} and the driver shim must handle.
 */
final class FakeDriverFixture {
  static final String SOURCE =
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

  private FakeDriverFixture() {}

  /** Writes the compiled driver and its service file into {@code directory}. */
  static Path compileInto(Path directory) throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/fake"));
    Path source = Files.writeString(sources.resolve("FakeDriver.java"), SOURCE);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classpath = System.getProperty("java.class.path");
    int status =
        compiler.run(
            null,
            null,
            null,
            List.of("-cp", classpath, "-d", classes.toString(), source.toString())
                .toArray(String[]::new));
    assertThat(status).as("compiling the fake driver").isZero();
    Path services = Files.createDirectories(classes.resolve("META-INF/services"));
    Files.writeString(services.resolve("java.sql.Driver"), "fake.FakeDriver\n");
    return classes;
  }
}
