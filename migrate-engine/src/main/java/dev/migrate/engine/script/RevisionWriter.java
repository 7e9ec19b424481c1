package dev.migrate.engine.script;

import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.graph.RevisionGraph;
import dev.migrate.engine.graph.TargetParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes new revision scripts, as Alembic's {@code revision} and {@code merge} do: it picks the
 * parent(s) from the existing revisions, checks ids and labels against them, and renders the script
 * template into a file named by the file template.
 */
public final class RevisionWriter {
  private static final DateTimeFormatter CREATE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]{1,64}");

  private final FileNameTemplate fileNames;
  private final ScriptTemplate template;
  private final Clock clock;
  private final RandomGenerator random;

  public RevisionWriter(
      FileNameTemplate fileNames, ScriptTemplate template, Clock clock, RandomGenerator random) {
    this.fileNames = fileNames;
    this.template = template;
    this.clock = clock;
    this.random = random;
  }

  /** What was written. */
  public record Written(Path path, Revision revision) {}

  /** Writes a revision on top of {@code existing} into {@code directory}. */
  public Written revision(List<Revision> existing, NewRevision request, Path directory) {
    RevisionGraph graph = RevisionGraph.of(existing);
    List<String> parents = parents(graph, request.head(), request.splice());
    List<String> dependsOn = dependencies(graph, request.dependsOn());
    return write(
        existing,
        parents,
        request.message(),
        request.branchLabel(),
        dependsOn,
        request.revId(),
        directory);
  }

  /**
   * Writes a merge revision whose parents are the given revisions in argument order ({@code heads}
   * when none are given); each must be a head.
   */
  public Written merge(
      List<Revision> existing,
      List<String> revisions,
      String message,
      String branchLabel,
      String revId,
      Path directory) {
    RevisionGraph graph = RevisionGraph.of(existing);
    // "a,b" from a command line is two revisions.
    List<String> symbols =
        revisions == null
            ? List.of()
            : revisions.stream()
                .flatMap(r -> Stream.of(r.split(",")))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    if (symbols.isEmpty()) {
      symbols = List.of("heads");
    }
    List<String> parents = new ArrayList<>();
    for (String symbol : symbols) {
      for (Revision r : graph.resolve(symbol)) {
        if (parents.contains(r.id())) {
          throw new RevisionWriteException(
              "Duplicate head revisions specified: " + r.id() + " (from " + symbols + ")");
        }
        requireHead(graph, r, false);
        parents.add(r.id());
      }
    }
    if (parents.size() < 2) {
      throw new RevisionWriteException(
          "Nothing to merge: "
              + symbols
              + " resolve to "
              + (parents.isEmpty() ? "no revision" : parents.get(0))
              + "; a merge needs at least two heads");
    }
    return write(existing, parents, message, branchLabel, List.of(), revId, directory);
  }

  private List<String> parents(RevisionGraph graph, String head, boolean splice) {
    if (head == null || head.isBlank() || head.equals("head")) {
      List<Revision> heads = graph.versionedHeads();
      if (heads.size() > 1) {
        throw new RevisionWriteException(
            "Multiple heads are present: "
                + describe(graph, heads)
                + "; give head=<revision> to choose the parent (e.g. "
                + heads.stream()
                    .map(r -> "head=" + headSymbol(graph, r))
                    .collect(Collectors.joining(" or "))
                + "), or merge them first");
      }
      return heads.stream().map(Revision::id).toList();
    }
    if (head.equals("base")) {
      return List.of();
    }
    List<String> parents = new ArrayList<>();
    for (Revision r : graph.resolve(head)) {
      requireHead(graph, r, splice);
      parents.add(r.id());
    }
    return parents;
  }

  private static void requireHead(RevisionGraph graph, Revision r, boolean splice) {
    if (!splice && !graph.children(r.id()).isEmpty()) {
      throw new RevisionWriteException(
          "Revision "
              + r.id()
              + " is not a head revision; give splice to create a new branch from this revision");
    }
  }

  /** Partial ids resolve to full ids; labels stay labels, as in Alembic. */
  private static List<String> dependencies(RevisionGraph graph, List<String> references) {
    List<String> result = new ArrayList<>();
    for (String reference : references) {
      List<Revision> found = graph.resolve(reference);
      if (found.size() != 1) {
        throw new RevisionWriteException(
            "depends_on '" + reference + "' must name one revision, not " + found.size());
      }
      Revision r = found.get(0);
      result.add(graph.labels(r.id()).contains(reference) ? reference : r.id());
    }
    return result;
  }

  private Written write(
      List<Revision> existing,
      List<String> parents,
      String message,
      String branchLabel,
      List<String> dependsOn,
      String revId,
      Path directory) {
    Map<String, Revision> byKey = keys(existing);
    String id = revisionId(revId, byKey);
    List<String> labels =
        branchLabel == null || branchLabel.isBlank() ? List.of() : List.of(branchLabel.strip());
    labels.forEach(label -> checkLabel(label, byKey));
    requirePlaceholder(!labels.isEmpty(), "branch_labels");
    requirePlaceholder(!dependsOn.isEmpty(), "depends_on");

    String oneLine = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    ZonedDateTime now = ZonedDateTime.now(clock);
    String slug = Slug.of(oneLine);
    Map<String, String> values = new HashMap<>();
    values.put("revision", id);
    values.put("down_revision", String.join(", ", parents));
    values.put("message", oneLine);
    values.put("create_date", CREATE_DATE.format(now));
    values.put("branch_labels", String.join(", ", labels));
    values.put("depends_on", String.join(", ", dependsOn));
    values.put("slug", slug);

    Path file = directory.resolve(fileNames.render(id, slug, now));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file, template.render(values), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      throw new RevisionWriteException("Cannot write " + file + ": the file already exists");
    } catch (IOException e) {
      throw new RevisionWriteException("Cannot write " + file + ": " + e);
    }
    return new Written(
        file, new Revision(id, parents, labels, dependsOn, oneLine, file.toString()));
  }

  private String revisionId(String revId, Map<String, Revision> byKey) {
    if (revId == null || revId.isBlank()) {
      Set<String> taken = new HashSet<>(byKey.keySet());
      return RevisionIds.generate(random, taken);
    }
    String id = RevisionIds.requireValid(revId.strip());
    Revision clash = byKey.get(id);
    if (clash != null) {
      throw new RevisionWriteException(
          "Revision id '"
              + id
              + "' is already used by "
              + (clash.id().equals(id) ? "revision " : "a branch label of revision ")
              + clash.id()
              + " in "
              + clash.source());
    }
    return id;
  }

  private static void checkLabel(String label, Map<String, Revision> byKey) {
    if (!LABEL.matcher(label).matches() || TargetParser.isReserved(label)) {
      throw new RevisionWriteException(
          "Invalid branch label '" + label + "': use letters, digits and '_', not head/heads/base");
    }
    Revision clash = byKey.get(label);
    if (clash != null) {
      throw new RevisionWriteException(
          "Branch label '"
              + label
              + "' is already used by revision "
              + clash.id()
              + " in "
              + clash.source());
    }
  }

  private void requirePlaceholder(boolean needed, String placeholder) {
    if (needed && !template.uses(placeholder)) {
      throw new RevisionWriteException(
          template + " has no ${" + placeholder + "}, so the " + placeholder + " would be lost");
    }
  }

  /** Ids and labels share one namespace, as in Alembic. */
  private static Map<String, Revision> keys(List<Revision> existing) {
    Map<String, Revision> keys = new HashMap<>();
    for (Revision r : existing) {
      keys.putIfAbsent(r.id(), r);
      r.branchLabels().forEach(label -> keys.putIfAbsent(label, r));
    }
    return keys;
  }

  /** The friendliest symbol for a head: its first label's {@code @head}, else its id. */
  private static String headSymbol(RevisionGraph graph, Revision head) {
    List<String> labels = graph.labels(head.id());
    return labels.isEmpty() ? head.id() : labels.get(0) + "@head";
  }

  private static String describe(RevisionGraph graph, List<Revision> heads) {
    return heads.stream()
        .map(
            r -> {
              Set<String> labels = new LinkedHashSet<>(graph.labels(r.id()));
              return r.id() + (labels.isEmpty() ? "" : " (" + String.join(", ", labels) + ")");
            })
        .collect(Collectors.joining(", "));
  }
}
