package dev.migrate.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Makes {@code -Dmigrate.x=...} win over the POM's {@code <x>} for every goal parameter. Maven's
 * own rule is the other way round; a migration tool is run by hand against different databases
 * often enough that the command line must win. For each parameter whose property the command line
 * sets while the POM configures the parameter explicitly, the parameter is injected again from the
 * property, by Maven's own configurator, so values convert exactly as Maven converts them.
 *
 * <p>The engine's settings are not touched here: their precedence (with the environment between the
 * command line and the POM) is decided by the engine from all layers at once.
 */
final class CommandLineWins {
  private CommandLineWins() {}

  /**
   * @param mojo the goal, already configured by Maven
   * @param layered properties whose precedence is decided elsewhere and are left alone
   */
  static void apply(Object mojo, MavenSession session, MojoExecution execution, Set<String> layered)
      throws ComponentConfigurationException {
    MojoDescriptor descriptor = execution.getMojoDescriptor();
    if (descriptor == null || descriptor.getParameters() == null) {
      return; // not run by Maven (unit tests set the fields themselves)
    }
    Properties commandLine = session.getUserProperties();
    Xpp3Dom configured = execution.getConfiguration();
    Xpp3Dom overrides = new Xpp3Dom("configuration");
    for (Parameter parameter : descriptor.getParameters()) {
      String expression = parameter.getExpression();
      if (expression == null || !expression.startsWith("${migrate.") || !expression.endsWith("}")) {
        continue;
      }
      String property = expression.substring(2, expression.length() - 1);
      if (layered.contains(property) || commandLine.getProperty(property) == null) {
        continue;
      }
      Xpp3Dom child = configured == null ? null : configured.getChild(parameter.getName());
      if (child == null || expression.equals(child.getValue())) {
        continue; // Maven already took the property
      }
      Xpp3Dom value = new Xpp3Dom(parameter.getName());
      value.setValue(expression);
      overrides.addChild(value);
    }
    if (overrides.getChildCount() > 0) {
      new BasicComponentConfigurator()
          .configureComponent(
              mojo,
              new XmlPlexusConfiguration(overrides),
              new PluginParameterExpressionEvaluator(session, execution),
              descriptor.getPluginDescriptor().getClassRealm());
    }
  }

  /**
   * The {@code -Dmigrate.*} properties that no goal of the plugin reads (a typo such as {@code
   * -Dmigrate.lockTimout}), sorted; empty when not run by Maven.
   */
  static List<String> unknown(MavenSession session, MojoExecution execution) {
    MojoDescriptor descriptor = execution.getMojoDescriptor();
    if (descriptor == null || descriptor.getPluginDescriptor() == null) {
      return List.of();
    }
    Set<String> known = new HashSet<>();
    for (String property : MavenSources.LAYERED) {
      known.add("${" + property + "}");
    }
    for (MojoDescriptor goal : descriptor.getPluginDescriptor().getMojos()) {
      if (goal.getParameters() != null) {
        for (Parameter parameter : goal.getParameters()) {
          known.add(parameter.getExpression());
        }
      }
    }
    List<String> unknown = new ArrayList<>();
    for (String property : session.getUserProperties().stringPropertyNames()) {
      if (property.startsWith("migrate.") && !known.contains("${" + property + "}")) {
        unknown.add("-D" + property);
      }
    }
    Collections.sort(unknown);
    return unknown;
  }
}
