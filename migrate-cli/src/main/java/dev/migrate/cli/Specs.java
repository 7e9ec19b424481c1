package dev.migrate.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds picocli's model in code. Annotations would say the same, but picocli reads them by
 * reflection (and the JDK makes a proxy class per annotation type): measured, that was more than
 * half of picocli's start-up cost and a quarter of a whole {@code heads}.
 */
final class Specs {
  private Specs() {}

  /** A command over {@code userObject} (run by picocli), with {@code -h/--help}. */
  static CommandSpec command(Object userObject, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
    spec.usageMessage().description(description).sortOptions(false);
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Print this help and exit.")
            .order(1000)
            .build());
    return spec;
  }

  /** A boolean flag. */
  static OptionSpec flag(String description, String... names) {
    return OptionSpec.builder(names)
        .type(boolean.class)
        .arity("0")
        .initialValue(false)
        .description(description)
        .build();
  }

  /** An option with one string value. */
  static OptionSpec option(String label, String description, String... names) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .type(String.class)
        .description(description)
        .build();
  }

  /** An option taking values, repeatable and comma-separated. */
  static OptionSpec listOption(String label, String description, String... names) {
    return OptionSpec.builder(names)
        .paramLabel(label)
        .type(List.class)
        .auxiliaryTypes(String.class)
        .splitRegex(",")
        .description(description)
        .build();
  }

  /** A positional parameter; arity {@code 1}, {@code 0..1}, {@code 1..*} or {@code 0..*}. */
  static PositionalParamSpec positional(String label, String arity, String description) {
    boolean many = arity.endsWith("*");
    PositionalParamSpec.Builder builder =
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity(arity)
            .required(!arity.startsWith("0"))
            .description(description);
    if (many) {
      builder.type(List.class).auxiliaryTypes(String.class);
    } else {
      builder.type(String.class);
    }
    return builder.build();
  }

  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  static String string(OptionSpec option) {
    return option.getValue();
  }

  static String string(PositionalParamSpec parameter) {
    return parameter.getValue();
  }

  /** The values of a list option or parameter; empty when not given. */
  static List<String> strings(OptionSpec option) {
    List<String> values = option.getValue();
    return values == null ? List.of() : values;
  }

  static List<String> strings(PositionalParamSpec parameter) {
    List<String> values = parameter.getValue();
    return values == null ? List.of() : values;
  }
}
