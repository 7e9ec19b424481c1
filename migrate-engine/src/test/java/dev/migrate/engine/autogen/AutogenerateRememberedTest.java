package dev.migrate.engine.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.engine.Migrator;
import dev.migrate.engine.api.AutogenerateResult;
import dev.migrate.engine.api.ModelSpec;
import dev.migrate.engine.api.RevisionRequest;
import dev.migrate.engine.testing.Reporters;
import dev.migrate.engine.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scripts' schema remembered between runs: a run on the scripts of the last one builds only the
 * model's side and proves its revision there, writes what a run without the cache writes, and
 * remembers the schema with its revision on top; anything it cannot trust falls back to building
 * the scripts' side.
 */
class AutogenerateRememberedTest {
  private static final String REMEMBERED = "autogenerate: the scripts' schema as remembered";
  private static final String PROVEN_ON_MODEL = "proves out on the model's scratch database";
  private static final String FELL_BACK = "does not prove out on the model's scratch database";

  private static final String MODEL =
      """
      create table customer (
        id bigint primary key,
        email varchar(200) not null,
        constraint uq_customer_email unique (email)
      );
      create table orders (
        id bigint primary key,
        customer_id bigint,
        amount numeric(12,2) default 0,
        constraint fk_orders_customer foreign key (customer_id) references customer (id)
      );
      create index ix_orders_amount on orders (amount);
      """;

  private static final String CHANGED_MODEL =
      MODEL.replace("customer_id bigint,", "customer_id bigint not null,\n  note varchar(40),")
          + """
          create table refund (
            id bigint primary key,
            order_id bigint not null,
            constraint fk_refund_orders foreign key (order_id) references orders (id)
          );
          """;

  @TempDir Path dir;
  private final List<String> debug = new ArrayList<>();

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aRunOnTheScriptsOfTheLastRunBuildsOnlyTheModelsSide(String database) throws IOException {
    try (TestDatabase db = TestDatabase.create(database)) {
      model(MODEL);
      Migrator migrator = migrator(db, true);
      assertThat(migrator.autogenerate(RevisionRequest.of("first")).path()).isPresent();
      assertThat(debug).noneMatch(line -> line.startsWith(REMEMBERED));
      migrator.upgrade("heads");

      debug.clear();
      assertThat(migrator.autogenerate(RevisionRequest.of("again")).noChanges()).isTrue();
      assertThat(debug)
          .as("the schema remembered after the first revision was written")
          .anyMatch(line -> line.startsWith(REMEMBERED));
      debug.clear();
      assertThat(migrator.check().ok()).isTrue();
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));

      // The same change, generated without the cache and with it: the same file.
      model(CHANGED_MODEL);
      Migrator cold = migrator(db, false);
      AutogenerateResult withoutCache = cold.autogenerate(request("cold"));
      debug.clear();
      AutogenerateResult withCache = migrator.autogenerate(request("warm"));
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));
      assertThat(debug).anyMatch(line -> line.contains(PROVEN_ON_MODEL));
      assertThat(withCache.detected())
          .isEqualTo(withoutCache.detected())
          .contains(
              "Detected added column 'orders.note'",
              "Detected NOT NULL on column 'orders.customer_id'",
              "Detected added table 'refund'");
      assertThat(withoutDate(text(withCache))).isEqualTo(withoutDate(text(withoutCache)));

      // Written among the scripts, it is remembered on top of them: the next run trusts that.
      assertThat(migrator.autogenerate(RevisionRequest.of("second")).path()).isPresent();
      migrator.upgrade("heads");
      migrator.downgrade("-1");
      migrator.upgrade("heads");
      debug.clear();
      assertThat(migrator.autogenerate(RevisionRequest.of("third")).noChanges()).isTrue();
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));
      assertThat(cold.autogenerate(RevisionRequest.of("cold third")).noChanges()).isTrue();
    }
  }

  @Test
  void namesTheModelSpellsOtherwiseFallBackToTheScriptsSide() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      script(
          "1_init.sql",
          """
          -- revision: a1
          -- down_revision:
          -- migrate:upgrade
          create table customer (id bigint primary key);
          create table orders (id bigint primary key,
            customer_id bigint references customer (id));
          -- migrate:downgrade
          drop table orders;
          drop table customer;
          """);
      // Hibernate's hashed name for the key PostgreSQL named: matched by shape, so not a change.
      model(
          """
          create table customer (id bigint primary key);
          create table orders (id bigint primary key, customer_id bigint, note text);
          alter table orders add constraint FKpq8h4pq1t3ydcnjv6rc8ncnlq
            foreign key (customer_id) references customer (id);
          """);
      Migrator migrator = migrator(db, true);
      AutogenerateResult first = migrator.autogenerate(request("one"));
      debug.clear();
      AutogenerateResult second = migrator.autogenerate(request("two"));
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));
      assertThat(debug)
          .as("on the model's database the key keeps the model's name, which the scripts lack")
          .anyMatch(line -> line.contains(FELL_BACK))
          .anyMatch(
              line ->
                  line.startsWith("autogenerate: on the model's scratch database, after the")
                      && line.contains("orders"));
      assertThat(second.detected()).containsExactly("Detected added column 'orders.note'");
      assertThat(withoutDate(text(second))).isEqualTo(withoutDate(text(first)));
    }
  }

  @Test
  void scriptsThatWriteRowsAreNotRemembered() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      script(
          "1_init.sql",
          """
          -- revision: a1
          -- down_revision:
          -- migrate:upgrade
          create table customer (id bigint primary key);
          insert into customer values (1);
          -- migrate:downgrade
          drop table customer;
          """);
      model("create table customer (id bigint primary key, name text);");
      Migrator migrator = migrator(db, true);
      migrator.autogenerate(request("one"));
      debug.clear();
      assertThat(migrator.autogenerate(request("two")).detected())
          .containsExactly("Detected added column 'customer.name'");
      assertThat(debug).noneMatch(line -> line.startsWith(REMEMBERED));
      assertThat(schemaFiles()).isEmpty();
    }
  }

  @Test
  void viewsAndCommentsAreDefinitionsButATableFilledFromAQueryIsNot() throws IOException {
    try (TestDatabase db = TestDatabase.h2()) {
      String init =
          """
          -- revision: a1
          -- down_revision:
          -- migrate:upgrade
          -- insert the customers later
          create table customer (id bigint primary key, name varchar(20));
          create view named as
          select id, name
            from customer
           where name is not null;
          -- migrate:downgrade
          drop view named;
          drop table customer;
          """;
      script("1_init.sql", init);
      model(
          """
          create table customer (id bigint primary key, name varchar(20), note varchar(9));
          create view named as select id, name from customer where name is not null;
          """);
      Migrator migrator = migrator(db, true);
      migrator.autogenerate(request("one"));
      debug.clear();
      assertThat(migrator.autogenerate(request("two")).detected())
          .containsExactly("Detected added column 'customer.note'");
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));

      script(
          "1_init.sql",
          init.replace(
              "-- migrate:downgrade",
              "create table copied as select * from customer;\n-- migrate:downgrade\ndrop table copied;"));
      model(
          """
          create table customer (id bigint primary key, name varchar(20), note varchar(9));
          create view named as select id, name from customer where name is not null;
          create table copied (id bigint, name varchar(20));
          """);
      migrator.autogenerate(request("three"));
      debug.clear();
      migrator.autogenerate(request("four"));
      assertThat(debug).noneMatch(line -> line.startsWith(REMEMBERED));
    }
  }

  @Test
  void changedScriptsAndDamagedFilesAreBuiltAgain() throws IOException {
    try (TestDatabase db = TestDatabase.postgres()) {
      String init =
          """
          -- revision: a1
          -- down_revision:
          -- migrate:upgrade
          create table customer (id bigint primary key, name varchar(20));
          -- migrate:downgrade
          drop table customer;
          """;
      script("1_init.sql", init);
      model("create table customer (id bigint primary key, name varchar(40));");
      Migrator migrator = migrator(db, true);
      assertThat(migrator.autogenerate(request("one")).detected()).hasSize(1);
      assertThat(schemaFiles()).hasSize(1);

      script("1_init.sql", init.replace("varchar(20)", "varchar(40)"));
      debug.clear();
      assertThat(migrator.autogenerate(request("two")).noChanges()).isTrue();
      assertThat(debug)
          .noneMatch(line -> line.startsWith(REMEMBERED))
          .anyMatch(line -> line.contains("no schema remembered for these scripts"));
      assertThat(schemaFiles()).hasSize(2);

      for (Path file : schemaFiles()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
      debug.clear();
      assertThat(migrator.autogenerate(request("three")).noChanges()).isTrue();
      assertThat(debug).anyMatch(line -> line.contains("not read"));
      debug.clear();
      assertThat(migrator.autogenerate(request("four")).noChanges()).isTrue();
      assertThat(debug).anyMatch(line -> line.startsWith(REMEMBERED));
    }
  }

  @Test
  void aProjectKeepsTheSetsOfScriptsLastUsed() throws IOException {
    try (TestDatabase db = TestDatabase.h2()) {
      model("create table t (id int primary key, v varchar(50));");
      Migrator migrator = migrator(db, true);
      // The project's own scripts are used between runs on others (a revision generated, deleted
      // and generated again leaves a new set each time): they must stay remembered.
      for (int i = 1; i <= ScriptsSchemaCache.KEPT + 2; i++) {
        initWithLength(10 + i);
        migrator.autogenerate(request("other" + i));
        initWithLength(10);
        debug.clear();
        migrator.autogenerate(request("own" + i));
        if (i > 1) {
          assertThat(debug).as("run %d", i).anyMatch(line -> line.startsWith(REMEMBERED));
        }
      }
      assertThat(schemaFiles()).hasSize(ScriptsSchemaCache.KEPT);
    }
  }

  private void initWithLength(int length) throws IOException {
    script(
        "1_init.sql",
        """
        -- revision: a1
        -- down_revision:
        -- migrate:upgrade
        create table t (id int primary key, v varchar(%d));
        -- migrate:downgrade
        drop table t;
        """
            .formatted(length));
  }

  private Migrator migrator(TestDatabase db, boolean cache) throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("migrations"));
    return Migrator.create(
        db.config()
            .locations("filesystem:" + scripts)
            .baseDirectory(dir)
            .model(ModelSpec.parse("sql:schema.sql"))
            .scriptCacheDirectory(cache ? dir.resolve("cache") : null)
            .reporter(Reporters.debugInto(debug))
            .build());
  }

  private RevisionRequest request(String into) {
    return new RevisionRequest(
        "change", null, false, null, List.of(), "bbbb2222", dir.resolve(into));
  }

  private void model(String sql) throws IOException {
    Files.writeString(dir.resolve("schema.sql"), sql);
  }

  private void script(String name, String text) throws IOException {
    Files.writeString(Files.createDirectories(dir.resolve("migrations")).resolve(name), text);
  }

  private List<Path> schemaFiles() throws IOException {
    Path schemas = dir.resolve("cache").resolve("schemas");
    if (!Files.isDirectory(schemas)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(schemas)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String text(AutogenerateResult result) throws IOException {
    return Files.readString(result.path().orElseThrow());
  }

  private static String withoutDate(String text) {
    return text.replaceAll("(?m)^-- create_date: .*$", "");
  }
}
