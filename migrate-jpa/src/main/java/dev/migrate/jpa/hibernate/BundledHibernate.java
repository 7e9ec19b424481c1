package dev.migrate.jpa.hibernate;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where migrate-jpa's own Hibernate lives: the jars (or, in a shaded jar, the one jar) that hold
 * hibernate-core and its runtime dependencies, found from one class of each. They go in front of
 * the project's class path when the project has no Hibernate, so that the bundled Hibernate, the
 * project's entities and the project's Bean Validation provider share one loader.
 */
final class BundledHibernate {

  // One class from each artifact of hibernate-core's runtime closure; a missing one is skipped, as
  // an optional dependency would be.
  private static final List<String> MARKERS =
      List.of(
          "org.hibernate.Version",
          "jakarta.persistence.Entity",
          "jakarta.transaction.Transaction",
          "org.jboss.logging.Logger",
          "org.hibernate.models.spi.ClassDetails",
          "net.bytebuddy.ByteBuddy",
          "org.antlr.v4.runtime.Lexer",
          "jakarta.inject.Inject",
          "jakarta.xml.bind.JAXBContext",
          "jakarta.activation.DataSource",
          "org.glassfish.jaxb.runtime.v2.ContextFactory",
          "org.glassfish.jaxb.core.v2.ClassFactory",
          "org.eclipse.angus.activation.MimeTypeFile",
          "com.sun.xml.txw2.TXW",
          "com.sun.istack.Pool");

  private BundledHibernate() {}

  /** True when this loader has a Hibernate of its own to lend (not in the CLI's jar). */
  static boolean present(ClassLoader loader) {
    try {
      Class.forName(MARKERS.get(0), false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The class-path entries of the bundled Hibernate, as seen from this loader. */
  static List<URL> classpath(ClassLoader loader) {
    Set<URL> urls = new LinkedHashSet<>();
    for (String marker : MARKERS) {
      try {
        CodeSource source =
            Class.forName(marker, false, loader).getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          urls.add(source.getLocation());
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not part of this Hibernate's closure
      }
    }
    return List.copyOf(urls);
  }

  /** The same entries as paths, for messages and tests. */
  static List<Path> paths(ClassLoader loader) {
    return classpath(loader).stream()
        .map(
            url -> {
              try {
                return Path.of(url.toURI());
              } catch (URISyntaxException e) {
                throw new IllegalStateException(url + " is not a file", e);
              }
            })
        .toList();
  }
}
