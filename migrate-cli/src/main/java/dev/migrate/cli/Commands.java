package dev.migrate.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands, registered lazily: a command line that names a command gets only that one's
 * model; help and unknown commands get all of them.
 */
final class Commands {
  // A switch, not a map of constructor references: each lambda costs a bootstrap at start-up.
  private static final List<String> NAMES =
      List.of(
          "upgrade",
          "downgrade",
          "current",
          "history",
          "heads",
          "branches",
          "show",
          "stamp",
          "revision",
          "merge",
          "check",
          "validate",
          "repair",
          "verify");

  private Commands() {}

  static List<String> names() {
    return NAMES;
  }

  static EngineCommand create(String name) {
    switch (name) {
      case "upgrade":
        return new UpgradeCommand();
      case "downgrade":
        return new DowngradeCommand();
      case "current":
        return new CurrentCommand();
      case "history":
        return new HistoryCommand();
      case "heads":
        return new HeadsCommand();
      case "branches":
        return new BranchesCommand();
      case "show":
        return new ShowCommand();
      case "stamp":
        return new StampCommand();
      case "revision":
        return new RevisionCommand();
      case "merge":
        return new MergeCommand();
      case "check":
        return new CheckCommand();
      case "validate":
        return new ValidateCommand();
      case "repair":
        return new RepairCommand();
      case "verify":
        return new VerifyCommand();
      default:
        throw new IllegalArgumentException(name);
    }
  }

  /** Adds the command the arguments name, or every command when they name none or ask for help. */
  static void register(CommandLine root, MigrateCommand command, String[] args) {
    String name = commandName(root, args);
    if (name != null) {
      root.addSubcommand(name, create(name).under(command).spec());
    } else {
      for (String each : NAMES) {
        root.addSubcommand(each, create(each).under(command).spec());
      }
    }
  }

  /** The known command the arguments name after the global options, or null. */
  static String commandName(CommandLine root, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        return NAMES.contains(arg) ? arg : null;
      }
      int equals = arg.indexOf('=');
      OptionSpec option =
          root.getCommandSpec().findOption(equals < 0 ? arg : arg.substring(0, equals));
      if (option == null || option.usageHelp() || option.versionHelp()) {
        return null;
      }
      if (equals < 0 && option.arity().max() > 0) {
        i++;
      }
    }
    return null;
  }
}
