package dev.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommandTest {
  @ParameterizedTest
  @EnumSource(Command.class)
  void eachRowMakesTheCommandItNames(Command command) {
    assertThat(command.create().spec().name()).isEqualTo(command.commandName());
    assertThat(Command.named(command.commandName())).isSameAs(command);
  }

  @Test
  void theTableHoldsTheSixteenCommands() {
    assertThat(Command.values()).hasSize(16);
    assertThat(Command.named("upgarde")).isNull();
  }

  @Test
  void onlyCommandsThatAlwaysReadTheDatabaseAreWarmedUp() {
    assertThat(Command.CURRENT.warmup()).isEqualTo(Command.Warmup.READ_ONLY);
    assertThat(Command.CHECK.warmup()).isEqualTo(Command.Warmup.READ_ONLY);
    assertThat(Command.VALIDATE.warmup()).isEqualTo(Command.Warmup.READ_ONLY);
    assertThat(Command.UPGRADE.warmup()).isEqualTo(Command.Warmup.READ_WRITE);
    assertThat(Command.DOWNGRADE.warmup()).isEqualTo(Command.Warmup.READ_WRITE);
    assertThat(Command.STAMP.warmup()).isEqualTo(Command.Warmup.READ_WRITE);
    assertThat(Command.REPAIR.warmup()).isEqualTo(Command.Warmup.READ_WRITE);
    assertThat(Command.HEADS.warmup()).isEqualTo(Command.Warmup.NONE);
    assertThat(Command.HISTORY.warmup()).isEqualTo(Command.Warmup.NONE);
    assertThat(Command.REVISION.warmup()).isEqualTo(Command.Warmup.NONE);
    assertThat(Command.VERIFY.warmup()).isEqualTo(Command.Warmup.NONE);
    assertThat(Command.LINT.warmup()).isEqualTo(Command.Warmup.NONE);
  }
}
