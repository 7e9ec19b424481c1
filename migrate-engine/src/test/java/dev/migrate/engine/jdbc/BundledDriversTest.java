package dev.migrate.engine.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.MigrateConfig;
import dev.migrate.engine.api.error.DatabaseUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledDriversTest {
  @TempDir Path dir;

  @Test
  void picksTheShippedDriverByUrlPrefix() {
    assertThat(BundledDrivers.driverClass("jdbc:h2:mem:x")).isEqualTo("org.h2.Driver");
    assertThat(BundledDrivers.driverClass("JDBC:H2:file:./x")).isEqualTo("org.h2.Driver");
    assertThat(BundledDrivers.driverClass("jdbc:postgresql://h/d"))
        .isEqualTo("org.postgresql.Driver");
    assertThat(BundledDrivers.driverClass("jdbc:mariadb://h/d"))
        .isEqualTo("org.mariadb.jdbc.Driver");
    assertThat(BundledDrivers.driverClass("jdbc:mysql://h/d")).isEqualTo("org.mariadb.jdbc.Driver");
    assertThat(BundledDrivers.driverClass("jdbc:sqlserver://h")).isNull();
  }

  @Test
  void h2ClosesWithoutCompactingUnlessTheUrlSaysOtherwise() throws SQLException {
    String plain = "jdbc:h2:file:" + dir.resolve("plain");
    assertThat(maxCompactTime(plain)).isEqualTo("0");
    // The user's value wins, and H2 is not handed the same setting twice (which it refuses).
    assertThat(maxCompactTime("jdbc:h2:file:" + dir.resolve("own") + ";MAX_COMPACT_TIME=50"))
        .isEqualTo("50");
  }

  @Test
  void otherUrlsGoThroughDriverManager() throws SQLException {
    Driver forwarding = new ForwardingDriver("jdbc:forwarded:", "jdbc:h2:mem:");
    DriverManager.registerDriver(forwarding);
    try {
      MigrateConfig config = MigrateConfig.builder().url("jdbc:forwarded:bundled-test").build();
      try (Connection connection = ConnectionFactory.of(config).open();
          Statement statement = connection.createStatement();
          ResultSet rs = statement.executeQuery("SELECT 41 + 1")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    } finally {
      DriverManager.deregisterDriver(forwarding);
    }
  }

  @Test
  void urlsNoDriverTakesStillSayNoSuitableDriver() {
    MigrateConfig config = MigrateConfig.builder().url("jdbc:nothing-here://h:1/d").build();
    assertThatThrownBy(() -> ConnectionFactory.of(config).open())
        .isInstanceOf(DatabaseUnavailableException.class)
        .hasMessageContaining("No suitable driver");
  }

  @Test
  void inProcessIsAnyH2ThisJvmRunsWithoutANetwork() {
    assertThat(DatabaseUrl.parse("jdbc:h2:file:./x").inProcess()).isTrue();
    assertThat(DatabaseUrl.parse("JDBC:H2:mem:x").inProcess()).isTrue();
    assertThat(DatabaseUrl.parse("jdbc:h2:tcp://localhost/~/x").inProcess()).isFalse();
    assertThat(DatabaseUrl.parse("jdbc:h2:ssl://localhost/~/x").inProcess()).isFalse();
    assertThat(DatabaseUrl.parse("jdbc:mariadb://h/d").inProcess()).isFalse();
  }

  @Test
  void opensOnlyExistingEmbeddedH2DatabasesAhead() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("ahead");
    ConnectionFactory factory = ConnectionFactory.of(MigrateConfig.builder().url(url).build());
    assertThat(factory.openExistingEmbedded(false)).isEmpty();
    assertThat(dir.resolve("ahead.mv.db")).doesNotExist();
    try (Connection created = factory.open()) {
      assertThat(dir.resolve("ahead.mv.db")).exists();
    }
    try (Connection held = factory.openExistingEmbedded(false).orElseThrow()) {
      assertThat(held.isReadOnly()).isFalse();
    }
    try (Connection reading = factory.openExistingEmbedded(true).orElseThrow();
        Connection attached = factory.open()) {
      assertThat(reading.isReadOnly()).isTrue();
      // A connection that attaches meanwhile reads the read-only database too.
      assertThat(attached.isReadOnly()).isTrue();
    }
    // A URL that decides IFEXISTS (or the access mode) itself is left to the command.
    MigrateConfig own = MigrateConfig.builder().url(url + ";IFEXISTS=FALSE").build();
    assertThat(ConnectionFactory.of(own).openExistingEmbedded(false)).isEmpty();
    MigrateConfig writable = MigrateConfig.builder().url(url + ";ACCESS_MODE_DATA=rw").build();
    try (Connection held =
        ConnectionFactory.of(writable).openExistingEmbedded(true).orElseThrow()) {
      assertThat(held.isReadOnly()).isFalse();
    }
  }

  private static String maxCompactTime(String url) throws SQLException {
    MigrateConfig config = MigrateConfig.builder().url(url).user("sa").build();
    try (Connection connection = ConnectionFactory.of(config).open();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  /** A driver that only DriverManager knows: serves one prefix by rewriting it to another. */
  private record ForwardingDriver(String prefix, String target) implements Driver {
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
      return acceptsURL(url)
          ? new org.h2.Driver().connect(target + url.substring(prefix.length()), info)
          : null;
    }

    @Override
    public boolean acceptsURL(String url) {
      return url.startsWith(prefix);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
      return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
      return 1;
    }

    @Override
    public int getMinorVersion() {
      return 0;
    }

    @Override
    public boolean jdbcCompliant() {
      return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }
  }
}
