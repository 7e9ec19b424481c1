package dev.migrate.jpa.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the JPA model classes in class-path entries (class directories and jars) by reading their
 * class files, limited to some packages when asked. Nothing is loaded. Hibernate's own packages are
 * never searched.
 */
public final class EntityScanner {

  private static final Set<String> SUPPORTING =
      Set.of(
          "jakarta.persistence.MappedSuperclass",
          "jakarta.persistence.Embeddable",
          "jakarta.persistence.Converter");

  // Hibernate ships entities of its own (the audit feature's changelog entities in 7.4), which an
  // application maps only when it turns that feature on; the specifications' packages hold none.
  private static final List<String> PROVIDER_PACKAGES =
      List.of("org/hibernate/", "jakarta/", "javax/", "java/");

  private final List<String> packagePaths;
  private final Set<String> entities = new TreeSet<>();
  private final Set<String> supporting = new TreeSet<>();
  private final Set<String> javaxEntities = new TreeSet<>();

  private EntityScanner(List<String> packages) {
    this.packagePaths = packages.stream().map(p -> p.replace('.', '/') + "/").toList();
  }

  /**
   * The model classes in these entries; an empty package list means every package.
   *
   * @throws UncheckedIOException when an entry cannot be read; the message names it
   */
  public static ModelClasses scan(List<Path> classpath, List<String> packages) {
    EntityScanner scanner = new EntityScanner(packages);
    for (Path entry : classpath) {
      try {
        if (Files.isDirectory(entry)) {
          scanner.scanDirectory(entry);
        } else if (Files.isRegularFile(entry)) {
          scanner.scanJar(entry);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
      }
    }
    return new ModelClasses(
        new ArrayList<>(scanner.entities),
        new ArrayList<>(scanner.supporting),
        new ArrayList<>(scanner.javaxEntities));
  }

  private void scanDirectory(Path root) throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    for (Path file : classes) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      if (wanted(relative)) {
        consider(Files.readAllBytes(file), file.toString());
      }
    }
  }

  private void scanJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.getName().endsWith(".class") && wanted(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            consider(in.readAllBytes(), jar + "!/" + entry.getName());
          }
        }
      }
    }
  }

  // Multi-release variants and module descriptors never declare another model class.
  private boolean wanted(String path) {
    if (path.startsWith("META-INF/")
        || path.endsWith("module-info.class")
        || PROVIDER_PACKAGES.stream().anyMatch(path::startsWith)) {
      return false;
    }
    return packagePaths.isEmpty() || packagePaths.stream().anyMatch(path::startsWith);
  }

  private void consider(byte[] bytes, String where) throws IOException {
    Optional<ClassFileAnnotations.ClassFile> read;
    try {
      read = ClassFileAnnotations.read(bytes);
    } catch (IOException | RuntimeException e) {
      throw new IOException(where + " is not a readable class file (" + e.getMessage() + ")", e);
    }
    read.ifPresent(
        file -> {
          for (String annotation : file.annotations()) {
            if (annotation.equals("jakarta.persistence.Entity")) {
              entities.add(file.name());
            } else if (SUPPORTING.contains(annotation)) {
              supporting.add(file.name());
            } else if (annotation.equals("javax.persistence.Entity")) {
              javaxEntities.add(file.name());
            }
          }
        });
  }
}
