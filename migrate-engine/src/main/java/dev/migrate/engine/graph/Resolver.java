package dev.migrate.engine.graph;

import dev.migrate.engine.api.error.AmbiguousRevisionException;
import dev.migrate.engine.api.error.InvalidTargetException;
import dev.migrate.engine.api.error.MultipleHeadsException;
import dev.migrate.engine.api.error.UnknownRevisionException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Gives parsed targets their meaning on one graph: symbol lookup, branch lineage filters and the
 * relative walks (Alembic's {@code get_revisions}, {@code get_revision}, {@code _walk}).
 *
 * <p>Results are node numbers; {@link #NOTHING} stands for "no revision" (what {@code base}
 * resolves to), {@link #BASE} for the pseudo-node below a root reached by walking down, {@link
 * #OVERWALK} for a walk that ran off the graph.
 */
final class Resolver {
  static final int NOTHING = -1;
  static final int OVERWALK = -2;
  static final int BASE = -3;

  private final RevisionGraph graph;

  Resolver(RevisionGraph graph) {
    this.graph = graph;
  }

  RevisionGraph graph() {
    return graph;
  }

  /** What a symbol names, for {@code show} and the API: absolute and relative forms. */
  int[] resolve(String symbol) {
    Target target = TargetParser.parse(symbol);
    if (target instanceof Target.Relative rel && (rel.symbol() != null || rel.steps() > 0)) {
      return realNodes(upgradeTargets(List.of(), target, true));
    }
    return realNodes(revisions(symbol));
  }

  // ---- symbols ----

  /** Alembic's {@code _resolve_revision_number}: the ids a symbol stands for, and its branch. */
  record Number(List<String> ids, String branch) {}

  Number number(String text) {
    String branch = null;
    String id = text == null ? "" : text;
    int at = id.indexOf('@');
    if (at >= 0) {
      branch = id.substring(0, at);
      id = id.substring(at + 1);
    }
    switch (id) {
      case "heads" -> {
        int[] heads =
            branch != null
                ? filterForLineage(graph.versionedHeadNodes(), branch, false)
                : graph.realHeadNodes();
        return new Number(graph.idsOf(heads), branch);
      }
      case "head" -> {
        int head = currentHead(branch);
        return new Number(head < 0 ? List.of() : List.of(graph.id(head)), branch);
      }
      case "base", "" -> {
        return new Number(List.of(), branch);
      }
      default -> {
        return new Number(List.of(id), branch);
      }
    }
  }

  /** The single versioned head, optionally within a branch's lineage; NOTHING on an empty map. */
  int currentHead(String branch) {
    int[] heads = graph.versionedHeadNodes();
    if (branch != null) {
      heads = filterForLineage(heads, branch, false);
    }
    if (heads.length > 1) {
      throw multipleHeads(heads, branch == null ? "head" : branch + "@head");
    }
    return heads.length == 0 ? NOTHING : heads[0];
  }

  MultipleHeadsException multipleHeads(int[] heads, String argument) {
    List<String> byLabel = new ArrayList<>();
    for (int h : heads) {
      List<String> labels = graph.labels(h);
      if (!labels.isEmpty()) {
        byLabel.add(labels.get(0) + "@head");
      }
    }
    String suggestion =
        "use 'heads' for all of them, "
            + (byLabel.size() == heads.length
                ? "or one branch: " + String.join(", ", byLabel)
                : "'<branch>@head' to narrow to one branch, or a revision id");
    return new MultipleHeadsException(graph.idsOf(heads), argument, suggestion);
  }

  /** Alembic's {@code get_revisions} for one symbol; may contain NOTHING-free BASE/OVERWALK. */
  int[] revisions(String text) {
    Number num = number(text);
    if (num.ids().size() == 1) {
      Integer steps = pythonInt(num.ids().get(0));
      if (steps != null && steps < 0) {
        List<Integer> result = new ArrayList<>();
        for (int head : graph.realHeadNodes()) {
          if (num.branch() == null || graph.labels(head).contains(num.branch())) {
            result.add(walk(head, steps, null, true));
          }
        }
        return GraphBuilder.toArray(result);
      }
    }
    int[] result = new int[num.ids().size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = revisionForIdent(num.ids().get(i), num.branch());
    }
    return result;
  }

  /** Alembic's {@code get_revision}: at most one revision, else MultipleHeads. */
  int revision(String text) {
    Number num = number(text);
    if (num.ids().size() > 1) {
      int[] nodes = new int[num.ids().size()];
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = graph.nodeOfId(num.ids().get(i));
      }
      throw multipleHeads(nodes, text);
    }
    return num.ids().isEmpty() ? NOTHING : revisionForIdent(num.ids().get(0), num.branch());
  }

  /** An exact key, else a unique prefix of a key longer than three characters. */
  int revisionForIdent(String id, String checkBranch) {
    int branchNode = checkBranch == null || checkBranch.isEmpty() ? NOTHING : branch(checkBranch);
    int node = graph.nodeOfKey(id);
    if (node < 0) {
      List<String> matches = graph.prefixMatches(id);
      if (branchNode >= 0) {
        List<String> inBranch = new ArrayList<>();
        for (String key : matches) {
          if (graph.sharesLineage(graph.nodeOfKey(key), branchNode, false)) {
            inBranch.add(key);
          }
        }
        matches = inBranch;
      }
      if (matches.isEmpty()) {
        throw new UnknownRevisionException(
            id,
            "Can't locate revision identified by '"
                + id
                + "'"
                + (branchNode >= 0 ? " on branch '" + checkBranch + "'" : "")
                + ": no revision id or branch label is '"
                + id
                + "', and no revision id of four or more characters starts with it");
      }
      if (matches.size() > 1) {
        throw new AmbiguousRevisionException(id, matches);
      }
      node = graph.nodeOfKey(matches.get(0));
    }
    if (branchNode >= 0 && !graph.sharesLineage(node, branchNode, false)) {
      throw new UnknownRevisionException(
          id,
          "Revision "
              + graph.id(node)
              + " is not a member of branch '"
              + checkBranch
              + "'; it is neither an ancestor nor a descendant of "
              + graph.id(branchNode));
    }
    return node;
  }

  /** The anchor revision of {@code X} in {@code X@...}: a label, an id or a partial id. */
  int branch(String label) {
    int node = graph.nodeOfKey(label);
    if (node >= 0) {
      return node;
    }
    try {
      return revisionForIdent(label, null);
    } catch (UnknownRevisionException e) {
      throw new UnknownRevisionException(
          label, "No such branch: '" + label + "'; it is neither a branch label nor a revision");
    }
  }

  /** Keeps the targets that share lineage with what {@code checkAgainst} names. */
  int[] filterForLineage(int[] targets, String checkAgainst, boolean withDependencies) {
    Number num = number(checkAgainst);
    List<Integer> shares = new ArrayList<>();
    if (num.branch() != null && !num.branch().isEmpty()) {
      shares.add(branch(num.branch()));
    }
    for (String id : num.ids()) {
      shares.add(branch(id));
    }
    if (shares.isEmpty()) {
      return targets;
    }
    List<Integer> kept = new ArrayList<>();
    for (int t : targets) {
      for (int s : shares) {
        if (graph.sharesLineage(t, s, withDependencies)) {
          kept.add(t);
          break;
        }
      }
    }
    return GraphBuilder.toArray(kept);
  }

  // ---- walks ----

  /**
   * Walks {@code steps} up (children) or down (parents). Up from NOTHING starts at the bases, down
   * from NOTHING at the heads; a branch keeps only children in its lineage when walking up.
   */
  int walk(int start, int steps, String branch, boolean noOverwalk) {
    int current = start;
    for (int i = 0; i < Math.abs(steps); i++) {
      int[] next;
      if (steps > 0) {
        int[] up = current < 0 && current != OVERWALK ? graph.baseNodes() : graph.children(current);
        next = branch != null ? filterForLineage(up, branch, false) : up;
      } else if (current == BASE) {
        next = new int[0];
      } else {
        next = current == NOTHING ? graph.versionedHeadNodes() : graph.parents(current);
        if (next.length == 0) {
          next = new int[] {BASE};
        }
      }
      if (next.length == 0) {
        return noOverwalk ? OVERWALK : current;
      }
      if (next.length > 1) {
        throw new InvalidTargetException(
            String.valueOf(steps),
            "Ambiguous walk: "
                + (current >= 0 ? "from " + graph.id(current) + " " : "")
                + "the next step could go to "
                + String.join(", ", graph.idsOf(next))
                + (steps > 0
                    ? "; qualify it with a branch (BRANCH@+" + steps + ") or name a revision"
                    : "; name the revision to go to instead"));
      }
      current = next[0];
    }
    return current;
  }

  // ---- upgrade targets (Alembic's _parse_upgrade_target) ----

  /**
   * The revisions an upgrade goes to. {@code current} are the symbols the walk of {@code +N} starts
   * from: the version rows online, the lower bound of a history range.
   */
  int[] upgradeTargets(List<String> current, Target target, boolean assertLength) {
    if (!(target instanceof Target.Relative rel)) {
      return revisions(target.text());
    }
    int steps = rel.steps();
    if (steps > 0 && rel.symbol() == null) {
      int start = relativeUpgradeStart(current, rel.branch());
      int rev = walk(start, steps, rel.branch(), assertLength);
      if (rev == OVERWALK) {
        int pending = 0;
        while (pending < steps
            && walk(start, pending + 1, rel.branch(), assertLength) != OVERWALK) {
          pending++;
        }
        throw new InvalidTargetException(
            rel.text(),
            "Relative revision "
                + rel.text()
                + " didn't produce "
                + steps
                + " migrations: "
                + (pending == 0
                    ? "nothing is pending, the database is at the head"
                    : "only " + pending + (pending == 1 ? " is" : " are") + " pending"));
      }
      return new int[] {rev};
    }
    if (steps > 0) {
      int rev = walk(revision(rel.symbol()), steps, rel.branch(), assertLength);
      if (rev == OVERWALK) {
        throw new InvalidTargetException(
            rel.text(),
            "Relative revision "
                + rel.text()
                + " walks past the top of the graph: "
                + rel.symbol()
                + " has fewer than "
                + steps
                + " revisions above it");
      }
      return rev < 0 ? new int[0] : new int[] {rev};
    }
    if (rel.symbol() == null) {
      throw new InvalidTargetException(
          rel.text(),
          "Relative revision "
              + steps
              + " didn't produce "
              + Math.abs(steps)
              + " migrations; an upgrade goes up (+N), use downgrade for -N");
    }
    int start =
        rel.branch() == null ? revision(rel.symbol()) : revision(rel.branch() + "@" + rel.symbol());
    int rev = walk(start, steps, null, assertLength);
    if (rev == OVERWALK) {
      throw new InvalidTargetException(
          rel.text(), "Relative revision " + rel.text() + " walks below base");
    }
    return rev < 0 ? new int[0] : new int[] {rev};
  }

  /** Where {@code +N} / {@code B@+N} starts: the single current row, on the branch if given. */
  private int relativeUpgradeStart(List<String> current, String branch) {
    int[] rows = symbolsToNodes(current);
    int[] start = rows;
    if (branch != null) {
      start = filterForLineage(rows, branch, false);
      if (start.length == 0) {
        // No current row on the branch: start from the tip of what is applied on it.
        BitSet applied = new BitSet();
        for (int r : rows) {
          applied.or(graph.closure(r));
        }
        int[] active = filterForLineage(applied.stream().toArray(), branch, false);
        BitSet tips = new BitSet();
        for (int a : active) {
          tips.set(a);
        }
        for (int a : active) {
          for (int d : graph.normalizedDown(a)) {
            tips.clear(d);
          }
        }
        start = tips.stream().toArray();
      }
    }
    if (start.length > 1) {
      throw new InvalidTargetException(
          (branch == null ? "" : branch + "@") + "+N",
          "Ambiguous upgrade from multiple current revisions ("
              + String.join(", ", graph.idsOf(start))
              + "); use BRANCH@+N or name a revision (REV+N)");
    }
    return start.length == 0 ? NOTHING : start[0];
  }

  /** Symbols (rows, a lower bound) to revisions, dropping those that name nothing. */
  int[] symbolsToNodes(List<String> symbols) {
    LinkedHashSet<Integer> nodes = new LinkedHashSet<>();
    for (String s : symbols) {
      for (int node : revisions(s)) {
        if (node >= 0) {
          nodes.add(node);
        }
      }
    }
    return GraphBuilder.toArray(nodes);
  }

  /** Rows plus their ancestors, reduced to the members with no versioned child in the set. */
  int[] currentTips(int[] rows) {
    BitSet all = new BitSet();
    for (int r : rows) {
      all.or(graph.closure(r));
    }
    List<Integer> tips = new ArrayList<>();
    for (int x = all.nextSetBit(0); x >= 0; x = all.nextSetBit(x + 1)) {
      boolean tip = true;
      for (int c : graph.children(x)) {
        if (all.get(c)) {
          tip = false;
          break;
        }
      }
      if (tip) {
        tips.add(x);
      }
    }
    return GraphBuilder.toArray(tips);
  }

  static int[] realNodes(int[] nodes) {
    int count = 0;
    for (int n : nodes) {
      if (n >= 0) {
        count++;
      }
    }
    int[] result = new int[count];
    int i = 0;
    for (int n : nodes) {
      if (n >= 0) {
        result[i++] = n;
      }
    }
    return result;
  }

  /** Python's {@code int()} on a symbol: optional sign and digits, else null. */
  static Integer pythonInt(String text) {
    if (text == null || !text.matches("[+-]?\\d+")) {
      return null;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
