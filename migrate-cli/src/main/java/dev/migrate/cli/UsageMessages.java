package dev.migrate.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** One-line messages for picocli's parse errors, naming the offending argument and command. */
final class UsageMessages {
  private UsageMessages() {}

  static String describe(ParameterException e) {
    CommandLine command = e.getCommandLine();
    CommandLine root = root(command);
    String help = "see '" + qualifiedName(command) + " --help'";
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      if (argument.startsWith("-")) {
        String name =
            argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        if (command != root && root.getCommandSpec().findOption(name) != null) {
          return "Option '"
              + name
              + "' is a global option: put it before the command ("
              + "migrate "
              + name
              + " ... "
              + command.getCommandName()
              + ")";
        }
        return "Unknown option '" + argument + "'" + forCommand(command) + "; " + help;
      }
      if (command == root) {
        return "Unknown command '"
            + argument
            + "'; commands: "
            + String.join(", ", List.copyOf(root.getSubcommands().keySet()));
      }
      return "Unexpected argument '" + argument + "'" + forCommand(command) + "; " + help;
    }
    return firstLine(e.getMessage()) + forCommand(command) + "; " + help;
  }

  private static CommandLine root(CommandLine command) {
    CommandLine current = command;
    while (current.getParent() != null) {
      current = current.getParent();
    }
    return current;
  }

  private static String qualifiedName(CommandLine command) {
    return command.getParent() == null
        ? command.getCommandName()
        : qualifiedName(command.getParent()) + " " + command.getCommandName();
  }

  private static String forCommand(CommandLine command) {
    return command.getParent() == null ? "" : " for command '" + command.getCommandName() + "'";
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
