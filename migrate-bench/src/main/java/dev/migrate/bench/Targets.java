package dev.migrate.bench;

import java.util.List;
import java.util.Optional;

/** Issue 8's targets (and issues 3 and 7's), judged on one run's figures. */
final class Targets {
  private Targets() {}

  static String check(Report report) {
    StringBuilder out = new StringBuilder("\n| target | figure | met |\n|---|---|---|\n");
    ratio(
        out,
        report,
        "apply 1,000 to an empty database: mvn",
        "mvn flyway:migrate",
        0.3,
        "mvn migrate:upgrade / mvn flyway:migrate, apply 1,000 <= 0.3");
    bound(out, report);
    ratio(
        out,
        report,
        "apply 1,000 to an empty database (in-process)",
        "floor: psql -1 (one transaction)",
        1.2,
        "engine / psql -1, apply 1,000 <= 1.2 (issue 3)");
    ratio(
        out,
        report,
        "apply 1,000 to an empty database (whole process)",
        "Alembic upgrade head",
        1.0,
        "CLI / Alembic, apply 1,000 whole process <= 1");
    absolute(
        out,
        report,
        "no-op on an up-to-date database of 1,000 (in-process)",
        0.1,
        "no-op in-process < 100 ms");
    absolute(
        out,
        report,
        "no-op upgrade, 1,000 applied (whole process)",
        0.53,
        "CLI no-op upgrade < 0.53 s");
    ratio(
        out,
        report,
        "no-op, 1,000 applied: mvn",
        "mvn flyway:migrate",
        0.6,
        "mvn migrate:upgrade / mvn flyway:migrate, no-op <= 0.6");
    absolute(out, report, "render 1,000", 1.0, "render 1,000 offline < 1 s");
    absolute(out, report, "CLI start-up", 0.5, "CLI current on H2 with 100 < 0.5 s (issue 7)");
    ratio(
        out,
        report,
        "heads over 10,000",
        "Alembic heads",
        0.25,
        "CLI heads / Alembic heads on 10,000 files <= 0.25");
    difference(
        out,
        report,
        BootStartupScenario.SCENARIO,
        BootStartupScenario.WITHOUT,
        0.15,
        "Spring Boot start-up, with the starter - without, nothing to migrate < 150 ms (issue 18)");
    ratio(
        out,
        report,
        GuardScenarios.NOOP,
        "Alembic upgrade heads",
        0.6,
        "bin/migrate / Alembic, no-op upgrade at 1,000 <= 0.6 (issue 20)");
    ratio(
        out,
        report,
        GuardScenarios.CURRENT,
        "Alembic current",
        0.5,
        "bin/migrate / Alembic, current at 1,000 <= 0.5 (issue 20)");
    ratio(
        out,
        report,
        GuardScenarios.HEADS,
        "Alembic heads",
        0.25,
        "bin/migrate / Alembic, heads on 10,000 <= 0.25 (issue 20)");
    ratio(
        out,
        report,
        GuardScenarios.HISTORY,
        "Alembic history",
        0.25,
        "bin/migrate / Alembic, history on 10,000 <= 0.25 (issue 20)");
    for (String shape : List.of("tree")) {
      String scenario =
          "autogenerate 1,000 tables against scripts with 900, foreign keys as a " + shape;
      ratio(
          out,
          report,
          scenario,
          AutogenScenario.REMEMBERED,
          AutogenScenario.ALEMBIC,
          1.0,
          "autogenerate 1,000 against 900 on the tree, proof included, the scripts' schema"
              + " remembered / Alembic <= 1");
      ratio(
          out,
          report,
          scenario,
          AutogenScenario.BOTH_SIDES,
          AutogenScenario.ALEMBIC,
          1.0,
          "the same, both sides built (nothing remembered) / Alembic <= 1");
    }
    return out.toString();
  }

  /** The paired median of ours minus the other contender, against a limit in seconds. */
  private static void difference(
      StringBuilder out, Report report, String scenario, String other, double limit, String what) {
    find(report, scenario)
        .filter(r -> !r.seconds(r.names().get(0)).isEmpty() && !r.seconds(other).isEmpty())
        .ifPresentOrElse(
            r -> {
              double v = r.pairedDifference(r.names().get(0), other);
              row(out, what, String.format("%+.0f ms", v * 1000), v < limit);
            },
            () -> out.append("| ").append(what).append(" | not measured | |\n"));
  }

  private static void ratio(
      StringBuilder out, Report report, String scenario, String peer, double limit, String what) {
    ratio(out, report, scenario, null, peer, limit, what);
  }

  /** The paired ratio of {@code ours} (null: the scenario's first contender) to the peer. */
  private static void ratio(
      StringBuilder out,
      Report report,
      String scenario,
      String ours,
      String peer,
      double limit,
      String what) {
    find(report, scenario)
        .filter(r -> r.names().contains(ours == null ? r.names().get(0) : ours))
        .filter(r -> !r.seconds(ours == null ? r.names().get(0) : ours).isEmpty())
        .filter(r -> r.names().contains(peer) && !r.seconds(peer).isEmpty())
        .ifPresentOrElse(
            r -> {
              double v = r.pairedRatio(ours == null ? r.names().get(0) : ours, peer);
              row(out, what, String.format("%.2f", v), v <= limit);
            },
            () -> out.append("| ").append(what).append(" | not measured | |\n"));
  }

  /**
   * The best any plugin could do in this run: Maven's own floor plus the server's time for the DDL
   * alone, over Flyway's time, paired by round. Not a target: it says whether 0.3 was reachable.
   */
  private static void bound(StringBuilder out, Report report) {
    String what = "(bound) (mvn validate + psql -1) / mvn flyway:migrate, apply 1,000";
    find(report, "apply 1,000 to an empty database: mvn")
        .filter(r -> r.names().contains(MavenScenarios.SERVER_FLOOR))
        .filter(r -> !r.seconds(MavenScenarios.SERVER_FLOOR).isEmpty())
        .filter(r -> !r.seconds("mvn flyway:migrate").isEmpty())
        .ifPresentOrElse(
            r -> {
              double v =
                  r.pairedRatio(
                      MavenScenarios.MAVEN_FLOOR,
                      MavenScenarios.SERVER_FLOOR,
                      "mvn flyway:migrate");
              out.append("| ").append(what).append(" | ");
              out.append(String.format("%.2f", v)).append(" | not a target |\n");
            },
            () -> out.append("| ").append(what).append(" | not measured | |\n"));
  }

  private static void absolute(
      StringBuilder out, Report report, String scenario, double limit, String what) {
    find(report, scenario)
        .filter(r -> !r.seconds(r.names().get(0)).isEmpty())
        .ifPresentOrElse(
            r -> {
              double v = r.median(r.names().get(0));
              row(out, what, String.format("%.3f s", v), v < limit);
            },
            () -> out.append("| ").append(what).append(" | not measured | |\n"));
  }

  private static void row(StringBuilder out, String what, String figure, boolean met) {
    out.append("| ").append(what).append(" | ").append(figure).append(" | ");
    out.append(met ? "yes" : "**no**").append(" |\n");
  }

  private static Optional<ScenarioResult> find(Report report, String prefix) {
    return report.results().stream().filter(r -> r.scenario().startsWith(prefix)).findFirst();
  }
}
