package dev.migrate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scenario 8: {@code revision --autogenerate} of a model of {@code tables} tables (10 columns, 2
 * indexes and a foreign key each) against scripts that create the first {@code existing} of them,
 * on PostgreSQL: our CLI jar with a desired-state SQL file as the model, against Alembic's {@code
 * revision --autogenerate} with the same tables as SQLAlchemy {@code Table}s and its database at
 * head. Both are whole processes. Ours includes its proof (the new revision's upgrade and downgrade
 * run on a scratch database); Alembic writes without one.
 *
 * <p>The foreign keys form a shallow tree (each table points at {@code (i - 1) / 10}) or a chain
 * (each at the one before), which SQLAlchemy's reflection follows recursively.
 */
final class AutogenScenario {
  private static final String REVISION = "a0a0a0a0a900";

  static final String REMEMBERED = "ours: CLI revision --autogenerate, scripts' schema remembered";
  static final String BOTH_SIDES = "ours: CLI revision --autogenerate, both sides built";
  static final String ALEMBIC = "Alembic revision --autogenerate";

  /** Untimed work before a run. */
  @FunctionalInterface
  private interface Setup {
    void run() throws IOException;
  }

  private final Bench bench;

  AutogenScenario(Bench bench) {
    this.bench = bench;
  }

  ScenarioResult run(int tables, int existing, boolean chain) throws Exception {
    String shape = chain ? "chain" : "tree";
    Path dir = bench.work().resolve("autogen-" + shape + "-" + tables);
    Path ours = dir.resolve("ours");
    Path alembic = dir.resolve("alembic");
    writeOurs(ours, tables, existing, chain);
    boolean withAlembic = ProcessScenarios.alembicAvailable();
    if (withAlembic) {
      writeAlembic(alembic, tables, chain);
    }
    PgServer pg = bench.server();
    String oursDb = pg.createDatabase("agours");
    String alembicDb = withAlembic ? pg.createDatabase("agalembic") : null;
    try {
      cli(ours, oursDb, dir.resolve("cache-upgrade"), "upgrade");
      if (withAlembic) {
        try (Connection c = pg.connect(alembicDb);
            Statement s = c.createStatement()) {
          s.execute(ddl(0, existing, chain));
          s.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)");
          s.execute("INSERT INTO alembic_version VALUES ('" + REVISION + "')");
        }
      }
      List<Contender> contenders = new ArrayList<>();
      // Two caches: one that keeps the scripts' schema from run to run (the warm-up's cold run
      // fills it), and one whose remembered schemas are deleted before each run.
      Path warm = dir.resolve("cache-remembered");
      Path cold = dir.resolve("cache-emptied");
      contenders.add(
          new Generating(
              REMEMBERED,
              ours.resolve("migrations"),
              () -> {},
              () -> cli(ours, oursDb, warm, "revision", "--autogenerate", "-m", "bench")));
      contenders.add(
          new Generating(
              BOTH_SIDES,
              ours.resolve("migrations"),
              () -> deleteTree(cold.resolve("migrate").resolve("headers").resolve("schemas")),
              () -> cli(ours, oursDb, cold, "revision", "--autogenerate", "-m", "bench")));
      if (withAlembic) {
        contenders.add(
            new Generating(
                ALEMBIC,
                alembic.resolve("versions"),
                () -> {},
                () ->
                    bench
                        .processes()
                        .run(
                            alembic,
                            Map.of("BENCH_DB_URL", pg.sqlAlchemyUrl(alembicDb)),
                            List.of(
                                ProcessScenarios.ALEMBIC_PYTHON,
                                "-m",
                                "alembic",
                                "-c",
                                "alembic.ini",
                                "revision",
                                "--autogenerate",
                                "-m",
                                "bench"))));
      }
      return bench
          .rounds()
          .run(
              String.format(
                  Locale.ROOT,
                  "autogenerate %,d tables against scripts with %,d, foreign keys as a %s",
                  tables,
                  existing,
                  shape),
              "ours proves its revision on a scratch database; Alembic writes without proof",
              contenders);
    } finally {
      pg.dropDatabase(oursDb);
      if (alembicDb != null) {
        pg.dropDatabase(alembicDb);
      }
    }
  }

  private Sample cli(Path project, String db, Path cache, String... command) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Bench.java(),
                "-jar",
                bench.cliJar().toString(),
                "--url",
                bench.server().jdbcUrl(db),
                "--user",
                bench.server().user(),
                "--locations",
                "filesystem:" + project.resolve("migrations").toAbsolutePath(),
                "--model",
                "sql:" + project.resolve("model.sql").toAbsolutePath()));
    cmd.addAll(List.of(command));
    return bench.processes().run(project, Map.of("XDG_CACHE_HOME", cache.toString()), cmd);
  }

  /** Timed generation; the file it writes is deleted after each run, so each run starts alike. */
  private record Generating(String name, Path versions, Setup setup, Simple.Work work)
      implements Contender {
    @Override
    public void prepare() throws IOException {
      setup.run();
    }

    @Override
    public Sample run() throws Exception {
      return work.run();
    }

    @Override
    public void cleanup() throws IOException {
      try (Stream<Path> files = Files.list(versions)) {
        for (Path file : files.toList()) {
          if (!file.getFileName().toString().contains(REVISION)
              && !Files.isDirectory(file)
              && !file.getFileName().toString().equals("__init__.py")) {
            Files.delete(file);
          }
        }
      }
    }
  }

  private static void writeOurs(Path dir, int tables, int existing, boolean chain)
      throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    Files.writeString(dir.resolve("model.sql"), ddl(0, tables, chain));
    Files.writeString(
        migrations.resolve("20250101_0000-" + REVISION + "_existing.sql"),
        "-- revision: "
            + REVISION
            + "\n-- down_revision:\n-- message: existing\n\n-- migrate:upgrade\n"
            + ddl(0, existing, chain)
            + "\n-- migrate:downgrade\n"
            + drops(existing));
  }

  private static void writeAlembic(Path dir, int tables, boolean chain) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("versions"));
    Files.writeString(dir.resolve("alembic.ini"), Workload.ALEMBIC_INI);
    Files.writeString(dir.resolve("script.py.mako"), MAKO);
    Files.writeString(dir.resolve("env.py"), ENV.formatted(tables, chain ? "True" : "False"));
    Files.writeString(
        versions.resolve(REVISION + "_existing.py"),
        "revision = '"
            + REVISION
            + "'\ndown_revision = None\nbranch_labels = None\ndepends_on = None\n\n\n"
            + "def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n");
  }

  private static int parent(int i, boolean chain) {
    return chain ? i - 1 : (i - 1) / 10;
  }

  /** Tables {@code from} (inclusive) to {@code to} (exclusive), parents first. */
  static String ddl(int from, int to, boolean chain) {
    StringBuilder sql = new StringBuilder();
    for (int i = from; i < to; i++) {
      sql.append("CREATE TABLE t")
          .append(i)
          .append(" (id bigint PRIMARY KEY, parent_id bigint, c1 varchar(40) NOT NULL,")
          .append(" c2 integer, c3 text, c4 timestamp, c5 numeric(12,2), c6 boolean,")
          .append(" c7 varchar(100), c8 bigint");
      if (i > 0) {
        sql.append(", CONSTRAINT fk_t")
            .append(i)
            .append("_parent FOREIGN KEY (parent_id) REFERENCES t")
            .append(parent(i, chain))
            .append(" (id)");
      }
      sql.append(");\n");
      sql.append("CREATE INDEX ix_t").append(i).append("_c1 ON t").append(i).append(" (c1);\n");
      sql.append("CREATE INDEX ix_t")
          .append(i)
          .append("_c2_c3 ON t")
          .append(i)
          .append(" (c2, c3);\n");
    }
    return sql.toString();
  }

  private static String drops(int count) {
    StringBuilder sql = new StringBuilder();
    for (int i = count - 1; i >= 0; i--) {
      sql.append("DROP TABLE t").append(i).append(";\n");
    }
    return sql.toString();
  }

  private static final String MAKO =
      """
      revision = ${repr(up_revision)}
      down_revision = ${repr(down_revision)}
      branch_labels = None
      depends_on = None

      from alembic import op
      import sqlalchemy as sa


      def upgrade():
          ${upgrades if upgrades else "pass"}


      def downgrade():
          ${downgrades if downgrades else "pass"}
      """;

  // The same tables as model.sql, as SQLAlchemy Table objects: what a project's models declare.
  private static final String ENV =
      """
      import os
      from logging.config import fileConfig

      import sqlalchemy as sa
      from alembic import context

      config = context.config
      fileConfig(config.config_file_name)
      url = os.environ["BENCH_DB_URL"]

      metadata = sa.MetaData()
      CHAIN = %2$s
      for i in range(%1$d):
          parent = i - 1 if CHAIN else (i - 1) // 10
          constraints = []
          if i > 0:
              constraints.append(sa.ForeignKeyConstraint(
                  ["parent_id"], ["t%%d.id" %% parent], name="fk_t%%d_parent" %% i))
          sa.Table(
              "t%%d" %% i, metadata,
              sa.Column("id", sa.BigInteger, primary_key=True, autoincrement=False),
              sa.Column("parent_id", sa.BigInteger),
              sa.Column("c1", sa.String(40), nullable=False),
              sa.Column("c2", sa.Integer),
              sa.Column("c3", sa.Text),
              sa.Column("c4", sa.DateTime),
              sa.Column("c5", sa.Numeric(12, 2)),
              sa.Column("c6", sa.Boolean),
              sa.Column("c7", sa.String(100)),
              sa.Column("c8", sa.BigInteger),
              sa.Index("ix_t%%d_c1" %% i, "c1"),
              sa.Index("ix_t%%d_c2_c3" %% i, "c2", "c3"),
              *constraints)

      engine = sa.create_engine(url)
      with engine.connect() as connection:
          context.configure(connection=connection, target_metadata=metadata)
          with context.begin_transaction():
              context.run_migrations()
      """;

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
