package dev.migrate.engine.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.database.ServerRole;
import dev.migrate.engine.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.SortedSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A role that appears while a step runs is the run's only when the step's script names it. */
class RunRolesTest {

  @Test
  void aRoleSomeoneElseCreatesMeanwhileIsNeitherComparedNorDropped() throws Exception {
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    String ours = "rr_ours_" + suffix;
    String theirs = "rr_theirs_" + suffix;
    try (TestDatabase db = TestDatabase.postgres();
        Connection connection = db.connect();
        Statement statement = connection.createStatement()) {
      try {
        RunRoles roles = RunRoles.on(connection);
        SortedSet<ServerRole> before = roles.list(connection);
        statement.execute("CREATE ROLE " + ours);
        statement.execute("CREATE ROLE " + theirs);

        roles.noteCreated(connection, before, "CREATE ROLE " + ours.toUpperCase() + ";");

        assertThat(roles.existing(connection)).containsExactly("role " + ours);
        assertThat(roles.dropLeft(connection, db.name()))
            .containsExactly("dropped role " + ours + ", which the run created");
        assertThat(roles.list(connection))
            .contains(ServerRole.role(theirs))
            .doesNotContain(ServerRole.role(ours));
      } finally {
        statement.execute("DROP ROLE IF EXISTS " + ours);
        statement.execute("DROP ROLE IF EXISTS " + theirs);
      }
    }
  }
}
