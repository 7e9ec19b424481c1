package dev.migrate.maven;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves {@code classpath:} locations and Java migrations against the project: its resource
 * directories, its output directory and its runtime classpath (dependency jars included), built
 * explicitly per execution rather than by changing Maven's class realms.
 *
 * <p>The resource directories come first and shadow the output directory: a location found under
 * {@code src/main/resources} is not found a second time in {@code target/classes}, where the
 * resources phase copies it. So {@code mvn migrate:upgrade} works without a prior build and sees
 * the scripts as edited, and no revision is loaded twice.
 */
final class ProjectClassLoader extends URLClassLoader {
  private final List<String> resourceRoots;
  private final String outputRoot;

  private ProjectClassLoader(
      URL[] urls, ClassLoader parent, List<String> resourceRoots, String outputRoot) {
    super(urls, parent);
    this.resourceRoots = resourceRoots;
    this.outputRoot = outputRoot;
  }

  /**
   * @param resourceDirectories the project's resource directories (missing ones are left out)
   * @param outputDirectory the project's output directory
   * @param classpathElements the runtime classpath (output directory and dependency jars)
   * @param parent the plugin's class loader, so that Java migrations see the engine's API
   */
  static ProjectClassLoader create(
      List<Path> resourceDirectories,
      Path outputDirectory,
      List<String> classpathElements,
      ClassLoader parent) {
    Set<Path> entries = new LinkedHashSet<>();
    List<String> resourceRoots = new ArrayList<>();
    for (Path directory : resourceDirectories) {
      if (Files.isDirectory(directory)) {
        Path absolute = directory.toAbsolutePath().normalize();
        entries.add(absolute);
        resourceRoots.add(root(absolute));
      }
    }
    Path output = outputDirectory.toAbsolutePath().normalize();
    entries.add(output);
    for (String element : classpathElements) {
      entries.add(Path.of(element).toAbsolutePath().normalize());
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : entries) {
      try {
        // A directory URL must end in '/', or URLClassLoader reads it as a jar; a directory that
        // does not exist yet has no trailing slash from toUri().
        urls.add(Files.isRegularFile(entry) ? entry.toUri().toURL() : new URL(root(entry)));
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Not a classpath entry: " + entry, e);
      }
    }
    return new ProjectClassLoader(urls.toArray(URL[]::new), parent, resourceRoots, root(output));
  }

  @Override
  public Enumeration<URL> findResources(String name) throws IOException {
    List<URL> found = Collections.list(super.findResources(name));
    boolean inResources = found.stream().anyMatch(url -> startsWithAny(url, resourceRoots));
    if (inResources) {
      found.removeIf(url -> url.toExternalForm().startsWith(outputRoot));
    }
    return Collections.enumeration(found);
  }

  @Override
  public URL findResource(String name) {
    try {
      Enumeration<URL> found = findResources(name);
      return found.hasMoreElements() ? found.nextElement() : null;
    } catch (IOException e) {
      return super.findResource(name);
    }
  }

  private static boolean startsWithAny(URL url, List<String> roots) {
    String text = url.toExternalForm();
    return roots.stream().anyMatch(text::startsWith);
  }

  /** The directory as URLClassLoader spells it ({@code file:/a/b/}), to compare resource URLs. */
  private static String root(Path directory) {
    try {
      String text = directory.toUri().toURL().toExternalForm();
      return text.endsWith("/") ? text : text + "/";
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a classpath entry: " + directory, e);
    }
  }
}
