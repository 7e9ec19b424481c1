package dev.migrate.jpa.naming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Reads resources straight from class-path entries, first entry first, loading no class. */
final class ClasspathResources {
  private final List<Path> entries;

  ClasspathResources(List<Path> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The text of the first resource with this path, as UTF-8. */
  Optional<String> text(String resource) {
    for (Path entry : entries) {
      try {
        if (Files.isDirectory(entry)) {
          Path file = entry.resolve(resource);
          if (Files.isRegularFile(file)) {
            return Optional.of(Files.readString(file));
          }
        } else if (Files.isRegularFile(entry)) {
          try (JarFile jar = new JarFile(entry.toFile())) {
            ZipEntry found = jar.getEntry(resource);
            if (found != null) {
              try (InputStream in = jar.getInputStream(found)) {
                return Optional.of(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource + " from " + entry, e);
      }
    }
    return Optional.empty();
  }

  /** The jar that holds this resource, with its manifest. */
  Optional<JarWithManifest> jarHolding(String resource) {
    for (Path entry : entries) {
      if (!Files.isRegularFile(entry)) {
        continue;
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        if (jar.getEntry(resource) != null) {
          return Optional.of(new JarWithManifest(entry, Optional.ofNullable(jar.getManifest())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry, e);
      }
    }
    return Optional.empty();
  }

  /** A jar and its manifest, if it has one. */
  record JarWithManifest(Path jar, Optional<Manifest> manifest) {}
}
