package dev.migrate.engine.sql;

import dev.migrate.engine.sql.SqlSyntax.Rule;
import java.util.Locale;

/**
 * The {@code BEGIN ... END} nesting of the statement being split, so that a delimiter inside a
 * stored program's body does not end it. Fed the statement's words and punctuation in order by
 * {@link SplitPass}, outside strings, quoted identifiers and comments.
 *
 * <p>Which statements have bodies, and what opens a block, follow the database:
 *
 * <ul>
 *   <li>{@link Rule#ROUTINE_BODIES} (PostgreSQL, as psql): in {@code CREATE [OR REPLACE]
 *       FUNCTION|PROCEDURE}, {@code BEGIN} (of {@code BEGIN ATOMIC}) and {@code CASE} open, {@code
 *       END} closes;
 *   <li>{@link Rule#TRIGGER_BODIES} (SQLite): the same inside {@code CREATE [TEMP] TRIGGER};
 *   <li>{@link Rule#STORED_PROGRAMS} (MySQL/MariaDB): in {@code CREATE [DEFINER=...]
 *       PROCEDURE|FUNCTION|TRIGGER|EVENT} and MariaDB's {@code BEGIN NOT ATOMIC}, {@code BEGIN} and
 *       {@code CASE} open anywhere; {@code IF}, {@code LOOP}, {@code WHILE} and {@code REPEAT} open
 *       where a statement of the body starts (after {@code ;}, a label, {@code BEGIN}, {@code
 *       THEN}, {@code ELSE}, {@code DO}, {@code FOR EACH ROW}), so that {@code IF(a, b, c)} and
 *       {@code DROP TABLE IF EXISTS} open nothing; {@code END} closes, and the {@code IF}, {@code
 *       CASE}, {@code LOOP}, {@code WHILE} or {@code REPEAT} after it belongs to it.
 * </ul>
 */
final class CompoundBlocks {
  private enum Style {
    ROUTINES,
    TRIGGERS,
    PROGRAMS
  }

  private enum Head {
    /** Nothing read yet. */
    START,
    /** Read {@code CREATE} and words that may come before the kind of object. */
    CREATE,
    /** Read {@code DEFINER}: its user and host follow. */
    DEFINER,
    /** Read MariaDB's {@code BEGIN} at the start: {@code NOT ATOMIC} makes it a program. */
    BEGIN,
    /** A program: blocks are tracked. */
    PROGRAM,
    /** Not a program: nothing to track. */
    PLAIN
  }

  private static final int MAX_DEPTH = 64;
  private static final int DEFINER_WORDS = 4;

  private final Style style;
  private final String[] openers = new String[MAX_DEPTH];
  private final int[] openedAt = new int[MAX_DEPTH];
  private Head head = Head.START;
  private int depth;
  private int headWords;
  private String firstWord;
  private int programStart = -1;
  private boolean statementStart;
  private boolean labelCandidate;
  private boolean afterEnd;
  private boolean afterBegin;

  private CompoundBlocks(Style style) {
    this.style = style;
  }

  /** The tracker for {@code syntax}, or null when it has no body rule. */
  static CompoundBlocks of(SqlSyntax syntax) {
    if (syntax.has(Rule.STORED_PROGRAMS)) {
      return new CompoundBlocks(Style.PROGRAMS);
    }
    if (syntax.has(Rule.ROUTINE_BODIES)) {
      return new CompoundBlocks(Style.ROUTINES);
    }
    if (syntax.has(Rule.TRIGGER_BODIES)) {
      return new CompoundBlocks(Style.TRIGGERS);
    }
    return null;
  }

  /** True while a block is open: a delimiter here belongs to the body. */
  boolean open() {
    return depth > 0;
  }

  /** Forgets the statement that just ended. */
  void reset() {
    head = Head.START;
    depth = 0;
    headWords = 0;
    firstWord = null;
    programStart = -1;
    statementStart = false;
    labelCandidate = false;
    afterEnd = false;
    afterBegin = false;
  }

  /** The word (already known to be outside quotes and comments) at {@code offset}. */
  void word(String word, int offset) {
    String w = word.toLowerCase(Locale.ROOT);
    if (firstWord == null) {
      firstWord = w;
    }
    if (head != Head.PROGRAM) {
      readHead(w, offset);
      return;
    }
    if (style == Style.PROGRAMS) {
      programWord(w, offset);
    } else if ("begin".equals(w) || "case".equals(w)) {
      push(w, offset);
    } else if ("end".equals(w)) {
      pop();
    }
  }

  /** Punctuation or a quoted token: {@code c} is its first character. */
  void symbol(char c) {
    if (head == Head.BEGIN) {
      head = Head.PLAIN;
    }
    boolean wasStart = statementStart;
    boolean label = labelCandidate && c == ':';
    statementStart = label || (c == ';' && depth > 0);
    // A label may be a quoted identifier: `outer`: LOOP
    labelCandidate = c == '`' && wasStart;
    afterEnd = false;
    afterBegin = false;
  }

  /** Decides from the first words whether the statement is a stored program. */
  private void readHead(String w, int offset) {
    headWords++;
    switch (head) {
      case START -> {
        if ("create".equals(w)) {
          head = Head.CREATE;
        } else if (style == Style.PROGRAMS && "begin".equals(w)) {
          head = Head.BEGIN;
          programStart = offset;
        } else {
          head = Head.PLAIN;
        }
      }
      case CREATE -> createWord(w);
      case DEFINER -> {
        if (isProgramKind(w)) {
          program(-1);
        } else if ("view".equals(w) || "security".equals(w) || headWords > DEFINER_WORDS + 2) {
          head = Head.PLAIN;
        }
      }
      case BEGIN -> {
        // BEGIN NOT ATOMIC opens an anonymous block; BEGIN and BEGIN WORK open a transaction.
        if ("not".equals(w)) {
          return;
        }
        if ("atomic".equals(w)) {
          head = Head.PROGRAM;
          push("begin", programStart);
          statementStart = true;
        } else {
          head = Head.PLAIN;
        }
      }
      default -> {}
    }
  }

  private void createWord(String w) {
    switch (style) {
      case ROUTINES -> {
        if ("function".equals(w) || "procedure".equals(w)) {
          program(-1);
        } else if (!"or".equals(w) && !"replace".equals(w)) {
          head = Head.PLAIN;
        }
      }
      case TRIGGERS -> {
        if ("trigger".equals(w)) {
          program(-1);
        } else if (!"temp".equals(w) && !"temporary".equals(w)) {
          head = Head.PLAIN;
        }
      }
      case PROGRAMS -> {
        if (isProgramKind(w)) {
          program(-1);
        } else if ("definer".equals(w)) {
          head = Head.DEFINER;
        } else if (!"or".equals(w) && !"replace".equals(w) && !"aggregate".equals(w)) {
          head = Head.PLAIN;
        }
      }
    }
  }

  private static boolean isProgramKind(String w) {
    return switch (w) {
      case "procedure", "function", "trigger", "event" -> true;
      default -> false;
    };
  }

  private void program(int offset) {
    head = Head.PROGRAM;
    programStart = offset;
  }

  /** MySQL's compound statements: see the class comment. */
  private void programWord(String w, int offset) {
    boolean atStart = statementStart;
    boolean qualifiesEnd = afterEnd;
    statementStart = false;
    labelCandidate = false;
    afterEnd = false;
    if (afterBegin && ("not".equals(w) || "atomic".equals(w))) {
      statementStart = true;
      return;
    }
    afterBegin = false;
    if (qualifiesEnd && isEndQualifier(w)) {
      return;
    }
    switch (w) {
      case "begin" -> {
        push(w, offset);
        statementStart = true;
        afterBegin = true;
      }
      case "case" -> push(atStart ? "case" : "case expression", offset);
      case "if", "while" -> {
        if (atStart) {
          push(w, offset);
        }
      }
      case "loop", "repeat" -> {
        if (atStart) {
          push(w, offset);
          statementStart = true;
        }
      }
      case "then", "else" -> statementStart = depth > 0 && !"case expression".equals(top());
      case "do", "row" -> statementStart = true;
      case "end" -> {
        pop();
        afterEnd = true;
      }
      default -> labelCandidate = atStart;
    }
  }

  private static boolean isEndQualifier(String w) {
    return switch (w) {
      case "if", "case", "loop", "while", "repeat" -> true;
      default -> false;
    };
  }

  private void push(String opener, int offset) {
    if (depth < MAX_DEPTH) {
      openers[depth] = opener;
      openedAt[depth] = offset;
    }
    depth++;
  }

  private void pop() {
    if (depth > 0) {
      depth--;
    }
  }

  private String top() {
    return depth == 0 ? null : openers[Math.min(depth, MAX_DEPTH) - 1];
  }

  // ---- what the splitter reports ----

  /**
   * The innermost block still open, as {@code "IF"} with its offset, when the text ended inside a
   * program's body; null when every block closed.
   */
  OpenBlock unclosed() {
    if (depth == 0) {
      return null;
    }
    int i = Math.min(depth, MAX_DEPTH) - 1;
    String opener = openers[i].equals("case expression") ? "case" : openers[i];
    return new OpenBlock(opener.toUpperCase(Locale.ROOT), openedAt[i]);
  }

  /**
   * The first word of a statement that only a stored program's body can hold ({@code END}, {@code
   * ELSE}, {@code ELSEIF}, {@code UNTIL}, {@code DECLARE}), upper-case, when the statement that
   * ended starts with one: the rest of a body cut at an inner delimiter. Null otherwise, and always
   * for databases where such a statement stands on its own (PostgreSQL's {@code END}).
   */
  String strayBodyWord() {
    if (style != Style.PROGRAMS || firstWord == null) {
      return null;
    }
    return switch (firstWord) {
      case "end", "else", "elseif", "until", "declare" -> firstWord.toUpperCase(Locale.ROOT);
      default -> null;
    };
  }

  /** True when the statement that ended was a stored program. */
  boolean program() {
    return head == Head.PROGRAM;
  }

  /**
   * A block opened and not closed.
   *
   * @param opener the word that opened it, upper-case
   * @param offset where it was opened, or -1 for the statement's start
   */
  record OpenBlock(String opener, int offset) {}
}
