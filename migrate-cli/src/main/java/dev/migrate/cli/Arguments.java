package dev.migrate.cli;

import dev.migrate.engine.api.Setting;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The command line, read once, before picocli starts: the global options (the settings' flags,
 * {@code --config}, {@code --debug}), the command, and the command's own arguments. picocli then
 * gets only the command's name and arguments. A line this reading cannot take (help, version, an
 * unknown option or command, a missing value) names no command; picocli then gets the whole line,
 * to print the help or the error.
 */
final class Arguments {
  private final Map<Setting, String> flags = new EnumMap<>(Setting.class);
  private String configFile;
  private boolean debug;
  private Command command;
  private String[] commandArguments = new String[0];
  private boolean offlineOrHelp;

  private Arguments() {}

  static Arguments read(String[] args) {
    Arguments read = new Arguments();
    int i = 0;
    for (; i < args.length && args[i].startsWith("-"); i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      if (arg.equals("--debug")) {
        read.debug = true;
        continue;
      }
      Setting setting = globalSetting(name);
      if (setting == null && !name.equals("--config")) {
        return read; // help, version or a typo: picocli reports it
      }
      if (equals < 0 && i + 1 >= args.length) {
        return read; // a missing value: picocli reports it
      }
      String value = equals >= 0 ? arg.substring(equals + 1) : args[++i];
      if (setting != null) {
        read.flags.put(setting, value);
      } else {
        read.configFile = value;
      }
    }
    if (i < args.length) {
      read.command = Command.named(args[i]);
      read.commandArguments = Arrays.copyOfRange(args, i + 1, args.length);
      for (String arg : read.commandArguments) {
        if (arg.equals("--sql") || arg.equals("-h") || arg.equals("--help")) {
          read.offlineOrHelp = true;
        }
      }
    }
    return read;
  }

  private static Setting globalSetting(String flag) {
    for (Setting setting : Setting.values()) {
      if (setting.globalFlag() && setting.flag().equals(flag)) {
        return setting;
      }
    }
    return null;
  }

  /** The settings given as global options. */
  Map<Setting, String> flags() {
    return flags;
  }

  /** The {@code --config} file, or null. */
  String configFile() {
    return configFile;
  }

  boolean debug() {
    return debug;
  }

  /** The command, or null when the line names none after options this reading takes. */
  Command command() {
    return command;
  }

  /** What follows the command's name. */
  String[] commandArguments() {
    return commandArguments;
  }

  /** The command's name followed by its arguments: the line without the global options. */
  String[] fromCommand() {
    String[] line = new String[commandArguments.length + 1];
    line[0] = command.commandName();
    System.arraycopy(commandArguments, 0, line, 1, commandArguments.length);
    return line;
  }

  /** True when the command is asked to render SQL or print its help rather than run. */
  boolean offlineOrHelp() {
    return offlineOrHelp;
  }
}
