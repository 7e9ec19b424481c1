package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PersonTableIT {
  @Test
  void theBoundUpgradeCreatedTheTables() throws Exception {
    try (Connection db = DriverManager.getConnection(System.getProperty("db.url"), "sa", "");
        Statement statement = db.createStatement()) {
      statement.execute("INSERT INTO person (id, name, email) VALUES (1, 'Ada', 'ada@example.org')");
      statement.execute("INSERT INTO address (id, person_id, city) VALUES (1, 1, 'London')");
      try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM address")) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
      System.out.println("PersonTableIT saw the migrated schema");
    }
  }
}
