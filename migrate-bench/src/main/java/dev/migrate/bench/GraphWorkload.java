package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One revision graph written twice, as our scripts ({@code ours/}) and as an Alembic project
 * ({@code alembic/}: {@code alembic.ini}, {@code env.py}, {@code versions/*.py}), so that both
 * tools list and apply the same graph. The graph is a chain of fork/merge diamonds: a fork, two
 * branches of equal length, a merge point with both as parents, and the next diamond from there.
 * Each revision creates one table.
 */
final class GraphWorkload {
  /** A revision and its parents. */
  record Node(int index, String id, List<String> parents) {}

  private final Path root;
  private final List<Node> nodes;

  private GraphWorkload(Path root, List<Node> nodes) {
    this.root = root;
    this.nodes = nodes;
  }

  /**
   * Writes {@code size} revisions in {@code diamonds} diamonds under {@code root} unless already
   * there; {@code size} is rounded down to a multiple of the diamond's size.
   */
  static GraphWorkload generate(Path root, int size, int diamonds) {
    GraphWorkload w = new GraphWorkload(root, diamonds(size, diamonds));
    if (!Files.exists(root.resolve("complete"))) {
      w.write();
    }
    return w;
  }

  static List<Node> diamonds(int size, int diamonds) {
    int branch = (size / diamonds - 2) / 2;
    if (branch < 1) {
      throw new IllegalArgumentException(size + " revisions cannot make " + diamonds + " diamonds");
    }
    List<Node> nodes = new ArrayList<>();
    String previous = null;
    for (int d = 0; d < diamonds; d++) {
      String fork = add(nodes, previous == null ? List.of() : List.of(previous));
      String left = fork;
      String right = fork;
      for (int i = 0; i < branch; i++) {
        left = add(nodes, List.of(left));
      }
      for (int i = 0; i < branch; i++) {
        right = add(nodes, List.of(right));
      }
      previous = add(nodes, List.of(left, right));
    }
    return nodes;
  }

  private static String add(List<Node> nodes, List<String> parents) {
    int index = nodes.size() + 1;
    String id = Workload.revisionId(index);
    nodes.add(new Node(index, id, parents));
    return id;
  }

  int size() {
    return nodes.size();
  }

  Path ours() {
    return root.resolve("ours");
  }

  Path alembic() {
    return root.resolve("alembic");
  }

  private void write() {
    try {
      Files.createDirectories(ours());
      Files.createDirectories(alembic().resolve("versions"));
      for (Node node : nodes) {
        int i = node.index();
        Files.writeString(
            ours().resolve(String.format("%05d-%s_g%d.sql", i, node.id(), i)),
            "-- revision: "
                + node.id()
                + "\n-- down_revision: "
                + String.join(", ", node.parents())
                + "\n-- message: g"
                + i
                + "\n-- create_date: 2026-12-06 00:00:00\n\n-- migrate:upgrade\nCREATE TABLE g"
                + i
                + "(id int primary key);\n\n-- migrate:downgrade\nDROP TABLE g"
                + i
                + ";\n");
        Files.writeString(
            alembic().resolve("versions/" + node.id() + "_g" + i + ".py"), alembicRevision(node));
      }
      Workload.writeAlembicProject(alembic());
      Files.writeString(root.resolve("complete"), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String alembicRevision(Node node) {
    String down =
        switch (node.parents().size()) {
          case 0 -> "None";
          case 1 -> "'" + node.parents().get(0) + "'";
          default -> "('" + String.join("', '", node.parents()) + "')";
        };
    return "from alembic import op\n\nrevision = '"
        + node.id()
        + "'\ndown_revision = "
        + down
        + "\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n"
        + "    op.execute(\"CREATE TABLE g"
        + node.index()
        + "(id int primary key)\")\n\n\ndef downgrade():\n    op.execute(\"DROP TABLE g"
        + node.index()
        + "\")\n";
  }
}
