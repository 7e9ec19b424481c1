package dev.migrate.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.engine.api.error.InvalidTargetException;
import org.junit.jupiter.api.Test;

/** The grammar alone, with no graph. */
class TargetParserTest {

  @Test
  void absoluteForms() {
    assertThat(TargetParser.parse("heads")).isEqualTo(new Target.Absolute("heads", null, "heads"));
    assertThat(((Target.Absolute) TargetParser.parse("head")).isHead()).isTrue();
    assertThat(((Target.Absolute) TargetParser.parse("base")).isBase()).isTrue();
    assertThat(((Target.Absolute) TargetParser.parse("")).isBase()).isTrue();
    assertThat(TargetParser.parse("ae10")).isEqualTo(new Target.Absolute("ae10", null, "ae10"));
    assertThat(TargetParser.parse("shoppingcart@head"))
        .isEqualTo(new Target.Absolute("shoppingcart@head", "shoppingcart", "head"));
    assertThat(TargetParser.parse("c1branch@b"))
        .isEqualTo(new Target.Absolute("c1branch@b", "c1branch", "b"));
    assertThat(((Target.Absolute) TargetParser.parse("x@heads")).isHeads()).isTrue();
  }

  @Test
  void relativeForms() {
    assertThat(TargetParser.parse("+2")).isEqualTo(new Target.Relative("+2", null, null, 2));
    assertThat(TargetParser.parse("-1")).isEqualTo(new Target.Relative("-1", null, null, -1));
    assertThat(TargetParser.parse("head-1"))
        .isEqualTo(new Target.Relative("head-1", null, "head", -1));
    assertThat(TargetParser.parse("base+3"))
        .isEqualTo(new Target.Relative("base+3", null, "base", 3));
    assertThat(TargetParser.parse("ae10+2"))
        .isEqualTo(new Target.Relative("ae10+2", null, "ae10", 2));
    assertThat(TargetParser.parse("one@-2"))
        .isEqualTo(new Target.Relative("one@-2", "one", null, -2));
    assertThat(TargetParser.parse("one@+1"))
        .isEqualTo(new Target.Relative("one@+1", "one", null, 1));
    assertThat(TargetParser.parse("c2branch@head-1"))
        .isEqualTo(new Target.Relative("c2branch@head-1", "c2branch", "head", -1));
    assertThat(TargetParser.parse("c2branch@base+2"))
        .isEqualTo(new Target.Relative("c2branch@base+2", "c2branch", "base", 2));
  }

  @Test
  void ranges() {
    assertThat(TargetParser.parseRange("a:b")).isEqualTo(new TargetRange("a:b", "a", "b"));
    assertThat(TargetParser.parseRange(":b")).isEqualTo(new TargetRange(":b", null, "b"));
    assertThat(TargetParser.parseRange("a:")).isEqualTo(new TargetRange("a:", "a", null));
    assertThat(TargetParser.parseRange("current:").startIsCurrent()).isTrue();
    assertThat(TargetParser.parseRange("-3:current").endIsCurrent()).isTrue();
    assertThat(TargetParser.isRange("a:b")).isTrue();
    assertThat(TargetParser.isRange("heads")).isFalse();
  }

  @Test
  void errors() {
    assertThatThrownBy(() -> TargetParser.parseRange("abc"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("History range requires [start]:[end], [start]:, or :[end]");
    assertThatThrownBy(() -> TargetParser.parseRange("a:b:c"))
        .isInstanceOf(InvalidTargetException.class);
    assertThatThrownBy(() -> TargetParser.parse("a:b"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("Range revision not allowed");
    assertThatThrownBy(() -> TargetParser.parse("a@b@c"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("more than one '@'");
    assertThatThrownBy(() -> TargetParser.parse("@head"))
        .isInstanceOf(InvalidTargetException.class);
    assertThatThrownBy(() -> TargetParser.parse("ab-1x"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("relative forms");
    assertThatThrownBy(() -> TargetParser.parse("+99999999999"))
        .isInstanceOf(InvalidTargetException.class)
        .hasMessageContaining("too large");
  }
}
