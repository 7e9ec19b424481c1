package dev.migrate.cli;

/**
 * The command table: every subcommand with its name and what the start-up may open ahead for it.
 * picocli's subcommands, {@link DatabaseWarmup} and the tests all read it; a new command is one row
 * here and one {@link EngineCommand}.
 */
enum Command {
  UPGRADE("upgrade", Warmup.READ_WRITE),
  DOWNGRADE("downgrade", Warmup.READ_WRITE),
  CURRENT("current", Warmup.READ_ONLY),
  HISTORY("history", Warmup.NONE),
  HEADS("heads", Warmup.NONE),
  BRANCHES("branches", Warmup.NONE),
  SHOW("show", Warmup.NONE),
  STAMP("stamp", Warmup.READ_WRITE),
  REVISION("revision", Warmup.NONE),
  MERGE("merge", Warmup.NONE),
  CHECK("check", Warmup.READ_ONLY),
  STATUS("status", Warmup.READ_ONLY),
  VALIDATE("validate", Warmup.READ_ONLY),
  REPAIR("repair", Warmup.READ_WRITE),
  VERIFY("verify", Warmup.NONE),
  LINT("lint", Warmup.NONE);

  /** What {@link DatabaseWarmup} opens ahead of a command (unless it renders SQL). */
  enum Warmup {
    /** Nothing: the command needs no database, or only sometimes ({@code history -i}). */
    NONE,
    /** The database, read-only: the command never writes, and H2 opens read-only quicker. */
    READ_ONLY,
    /** The database, for a command that changes it. */
    READ_WRITE
  }

  private final String commandName;
  private final Warmup warmup;

  Command(String commandName, Warmup warmup) {
    this.commandName = commandName;
    this.warmup = warmup;
  }

  /** The name on the command line. */
  String commandName() {
    return commandName;
  }

  Warmup warmup() {
    return warmup;
  }

  /** The command's model and behaviour, made fresh for one run. */
  EngineCommand create() {
    // A switch, not a table of constructor references: each lambda costs a bootstrap at start-up.
    return switch (this) {
      case UPGRADE -> new UpgradeCommand();
      case DOWNGRADE -> new DowngradeCommand();
      case CURRENT -> new CurrentCommand();
      case HISTORY -> new HistoryCommand();
      case HEADS -> new HeadsCommand();
      case BRANCHES -> new BranchesCommand();
      case SHOW -> new ShowCommand();
      case STAMP -> new StampCommand();
      case REVISION -> new RevisionCommand();
      case MERGE -> new MergeCommand();
      case CHECK -> new CheckCommand();
      case STATUS -> new StatusCommand();
      case VALIDATE -> new ValidateCommand();
      case REPAIR -> new RepairCommand();
      case VERIFY -> new VerifyCommand();
      case LINT -> new LintCommand();
    };
  }

  /** The command with this name, or null. */
  static Command named(String name) {
    for (Command command : values()) {
      if (command.commandName.equals(name)) {
        return command;
      }
    }
    return null;
  }
}
