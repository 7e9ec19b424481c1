package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import dev.migrate.engine.graph.Revision;
import dev.migrate.engine.migration.JavaMigration;
import dev.migrate.engine.migration.Operations;
import dev.migrate.engine.migration.StatementOperations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** A {@link JavaMigration} class as a {@link Migration}: a fresh instance runs each step. */
final class JavaMigrationScript extends AbstractMigration {
  private final Class<? extends JavaMigration> type;
  private final Constructor<? extends JavaMigration> constructor;
  private final boolean hasDowngrade;

  JavaMigrationScript(
      Class<? extends JavaMigration> type,
      Constructor<? extends JavaMigration> constructor,
      Revision revision,
      Supplier<String> checksum,
      boolean transactional,
      boolean hasDowngrade) {
    super(revision, checksum, transactional);
    this.type = type;
    this.constructor = constructor;
    this.hasDowngrade = hasDowngrade;
  }

  @Override
  public boolean hasDowngrade() {
    return hasDowngrade;
  }

  @Override
  public void upgrade(MigrationContext context) {
    run(context, JavaMigration::upgrade);
  }

  @Override
  public void downgrade(MigrationContext context) {
    if (!hasDowngrade) {
      throw new MigrateException(
          "Revision " + revision().id() + " (" + type.getName() + ") has no downgrade");
    }
    run(context, JavaMigration::downgrade);
  }

  @Override
  public String toString() {
    return "JavaMigration[" + revision().id() + ", " + type.getName() + "]";
  }

  private void run(MigrationContext context, BiConsumer<JavaMigration, Operations> step) {
    String name = "Revision " + revision().id() + " (" + type.getName() + ")";
    Operations ops =
        new StatementOperations(
            context.dialect(),
            context.sink(),
            context.connection(),
            context.schema(),
            name,
            transactional());
    try {
      step.accept(constructor.newInstance(), ops);
    } catch (MigrateException e) {
      throw e;
    } catch (InvocationTargetException e) {
      throw new MigrateException(
          name + " could not be created: " + describe(e.getCause()), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MigrateException(name + " could not be created: " + describe(e), e);
    } catch (RuntimeException e) {
      // The runtime adds which revision and direction failed; say what and where in the class.
      throw new MigrateException(e.getClass().getSimpleName() + ": " + describe(e) + where(e), e);
    }
  }

  /** The first frame of the exception inside the migration class, e.g. {@code AddUsers.java:12}. */
  private String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().equals(type.getName())
          || frame.getClassName().startsWith(type.getName() + "$")) {
        return " (at " + frame + ")";
      }
    }
    return " (in " + type.getName() + ")";
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
