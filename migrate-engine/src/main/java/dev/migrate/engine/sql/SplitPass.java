package dev.migrate.engine.sql;

import dev.migrate.engine.sql.SqlSyntax.Rule;
import java.util.Locale;
import java.util.regex.Pattern;

/** One pass of {@link SqlSplitter} over one text, with the state it needs. */
final class SplitPass {
  static final String BEGIN_MARKER = "migrate:statement-begin";
  static final String END_MARKER = "migrate:statement-end";
  private static final String DIRECTIVE = "migrate:";
  private static final Pattern CLIENT_COPY =
      Pattern.compile("\\b(from\\s+stdin|to\\s+stdout)\\b", Pattern.CASE_INSENSITIVE);
  private static final String MARKER_ADVICE =
      "put the whole statement between -- " + BEGIN_MARKER + " and -- " + END_MARKER + " lines";

  private final String text;
  private final int length;
  private final String source;
  private final StatementSink sink;
  private final boolean backslashStrings;
  private final boolean nestedComments;
  private final boolean doubleQuotedStrings;
  private final boolean backtickIdentifiers;
  private final boolean hashComments;
  private final boolean slashComments;
  private final boolean dashNeedsSpace;
  private final boolean executableComments;
  private final boolean dollarQuotes;
  private final boolean dollarTags;
  private final boolean escapeStrings;
  private final boolean parentheses;
  private final boolean delimiterCommands;
  private final boolean psqlCommands;
  private final CompoundBlocks blocks;

  private String delimiter = ";";
  private int statementStart = -1;
  private int statementEnd = -1;
  private int index;
  private int parenDepth;
  private int lastProgramLine;

  private int lineCursorPos;
  private int lineCursor;
  private final int firstLine;

  SplitPass(SqlSyntax syntax, String text, int firstLine, String source, StatementSink sink) {
    this.text = text;
    this.length = text.length();
    this.source = source;
    this.sink = sink;
    this.firstLine = firstLine;
    this.lineCursor = firstLine;
    // Read once: the loop below asks for each character.
    this.backslashStrings = syntax.has(Rule.BACKSLASH_ESCAPES);
    this.nestedComments = syntax.has(Rule.NESTED_COMMENTS);
    this.doubleQuotedStrings = syntax.has(Rule.DOUBLE_QUOTED_STRINGS);
    this.backtickIdentifiers = syntax.has(Rule.BACKTICK_IDENTIFIERS);
    this.hashComments = syntax.has(Rule.HASH_COMMENTS);
    this.slashComments = syntax.has(Rule.SLASH_COMMENTS);
    this.dashNeedsSpace = syntax.has(Rule.DASH_COMMENT_NEEDS_SPACE);
    this.executableComments = syntax.has(Rule.EXECUTABLE_COMMENTS);
    this.dollarQuotes = syntax.has(Rule.DOLLAR_QUOTES);
    this.dollarTags = syntax.has(Rule.DOLLAR_TAGS);
    this.escapeStrings = syntax.has(Rule.ESCAPE_STRINGS);
    this.parentheses = syntax.has(Rule.PARENTHESES);
    this.delimiterCommands = syntax.has(Rule.DELIMITER_COMMAND);
    this.psqlCommands = syntax.has(Rule.PSQL_COMMANDS);
    this.blocks = CompoundBlocks.of(syntax);
  }

  void run() {
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c <= ' ') {
        i++;
      } else if (c == delimiter.charAt(0) && atDelimiter(i)) {
        flush();
        i += delimiter.length();
      } else {
        i = token(i, c);
      }
    }
    flush();
  }

  private boolean atDelimiter(int i) {
    return parenDepth == 0
        && !(tracksBlocks() && blocks.open())
        && (delimiter.length() == 1 || text.startsWith(delimiter, i));
  }

  /**
   * Bodies are tracked only under the plain {@code ;}: after {@code DELIMITER //} the script says
   * itself where each statement ends, as the mysql client reads it.
   */
  private boolean tracksBlocks() {
    return blocks != null && delimiter.length() == 1 && delimiter.charAt(0) == ';';
  }

  /** Consumes the token at {@code i} and returns the index after it. */
  private int token(int i, char c) {
    char next = i + 1 < length ? text.charAt(i + 1) : '\0';
    if (tracksBlocks() && !isWordChar(c) && !startsComment(c, next)) {
      blocks.symbol(c);
    }
    switch (c) {
      case '-':
        if (next == '-' && (!dashNeedsSpace || spaceAfterDashes(i))) {
          return lineComment(i, true);
        }
        break;
      case '#':
        if (hashComments) {
          return lineComment(i, false);
        }
        break;
      case '/':
        if (next == '*') {
          int end = blockComment(i);
          if (executableComments && i + 2 < length && "!+".indexOf(text.charAt(i + 2)) >= 0) {
            mark(i, end); // version comments and optimizer hints are statement text
          }
          return end;
        }
        if (next == '/' && slashComments) {
          return lineComment(i, false);
        }
        break;
      case '\'':
        return mark(i, quoted(i, '\'', backslashStrings, "string literal"));
      case '"':
        return doubleQuotedStrings
            ? mark(i, quoted(i, '"', true, "string literal"))
            : mark(i, quoted(i, '"', false, "quoted identifier"));
      case '`':
        if (backtickIdentifiers) {
          return mark(i, quoted(i, '`', false, "quoted identifier"));
        }
        break;
      case '$':
        if (dollarQuotes) {
          int end = dollarQuoted(i);
          if (end > 0) {
            return mark(i, end);
          }
        }
        break;
      case '\\':
        if (psqlCommands) {
          throw psqlMetaCommand(i);
        }
        break;
      case '(':
        if (parentheses) {
          parenDepth++;
        }
        break;
      case ')':
        if (parentheses && parenDepth > 0) {
          parenDepth--;
        }
        break;
      default:
        if (isWordChar(c)) {
          return word(i);
        }
    }
    return mark(i, i + 1);
  }

  private boolean startsComment(char c, char next) {
    return (c == '-' && next == '-')
        || (c == '/' && (next == '*' || next == '/'))
        || (c == '#' && hashComments);
  }

  /** MySQL wants whitespace after {@code --}; our markers count as comments regardless. */
  private boolean spaceAfterDashes(int i) {
    return i + 2 >= length
        || text.charAt(i + 2) <= ' '
        || text.regionMatches(true, i + 2, DIRECTIVE, 0, DIRECTIVE.length());
  }

  private int mark(int start, int end) {
    if (statementStart < 0) {
      statementStart = start;
    }
    statementEnd = end;
    return end;
  }

  private void flush() {
    if (statementStart >= 0) {
      if (tracksBlocks()) {
        requireWholeProgram();
      }
      String sql = text.substring(statementStart, statementEnd);
      if (psqlCommands) {
        refuseClientCopy(sql);
      }
      emit(sql, statementStart);
    }
    statementStart = -1;
    parenDepth = 0;
    if (blocks != null) {
      blocks.reset();
    }
  }

  /**
   * Fails, naming the line, when a stored program's body never closes or a statement is the rest of
   * a body cut at an inner delimiter: the server would reject the pieces one by one, after the
   * earlier ones had run. The markers always work, so the message suggests them.
   */
  private void requireWholeProgram() {
    CompoundBlocks.OpenBlock unclosed = blocks.unclosed();
    if (unclosed != null) {
      int line = lineAt(statementStart);
      String opened =
          unclosed.offset() < 0 || lineAt(unclosed.offset()) == line
              ? ""
              : " opened on line " + lineAt(unclosed.offset());
      throw new SqlSplitException(
          source,
          line,
          "the body of this statement does not end: the "
              + unclosed.opener()
              + opened
              + " has no END before the end of the section; "
              + MARKER_ADVICE);
    }
    String stray = blocks.strayBodyWord();
    if (stray != null) {
      int line = lineAt(statementStart);
      throw new SqlSplitException(
          source,
          line,
          "a statement cannot start with "
              + stray
              + ": it is the rest of a stored program body cut at a ';' inside it"
              + (lastProgramLine > 0 ? " (the program starts on line " + lastProgramLine + ")" : "")
              + "; "
              + MARKER_ADVICE);
    }
    if (blocks.program()) {
      lastProgramLine = lineAt(statementStart);
    }
  }

  /** A backslash outside quotes and comments: the server would reject it, psql runs it itself. */
  private SqlSplitException psqlMetaCommand(int backslash) {
    int end = backslash + 1;
    while (end < length && (isWordChar(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    String command = text.substring(backslash, Math.max(end, Math.min(backslash + 2, length)));
    return new SqlSplitException(
        source,
        lineAt(backslash),
        command
            + " is a psql meta-command, not SQL: the server does not know psql's backslash commands;"
            + " remove it (use placeholders for variables and the url setting for the database)");
  }

  /**
   * {@code COPY ... FROM STDIN} takes its rows from psql's input (the lines after it in a dump up
   * to {@code \.}), {@code TO STDOUT} hands them to psql: through JDBC there is no such stream.
   */
  private void refuseClientCopy(String sql) {
    if (sql.regionMatches(true, 0, "copy", 0, 4)
        && sql.length() > 4
        && !isWordChar(sql.charAt(4))
        && CLIENT_COPY.matcher(sql).find()) {
      throw new SqlSplitException(
          source,
          lineAt(statementStart),
          "COPY ... FROM STDIN / TO STDOUT is psql's, not SQL: its rows travel through psql's"
              + " input and output, which a migration does not have; write the rows as INSERT"
              + " statements, or COPY from a file on the database server");
    }
  }

  private void emit(String sql, int offset) {
    sink.execute(new Statement(sql, lineAt(offset), ++index));
  }

  // ---- words: E'' prefixes, routine bodies, DELIMITER ----

  private boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c >= 0x80;
  }

  private int word(int start) {
    int end = start + 1;
    while (end < length
        && (isWordChar(text.charAt(end)) || text.charAt(end) == '$')
        && !(text.charAt(end) == delimiter.charAt(0) && text.startsWith(delimiter, end))) {
      end++;
    }
    int len = end - start;
    if (escapeStrings
        && len == 1
        && (text.charAt(start) | 0x20) == 'e'
        && end < length
        && text.charAt(end) == '\'') {
      return mark(start, quoted(end, '\'', true, "string literal"));
    }
    if (delimiterCommands && statementStart < 0 && is(start, end, "delimiter")) {
      return delimiterCommand(start, end);
    }
    if (tracksBlocks()) {
      blocks.word(text.substring(start, end), start);
    }
    return mark(start, end);
  }

  private boolean is(int start, int end, String keyword) {
    return end - start == keyword.length()
        && text.regionMatches(true, start, keyword, 0, end - start);
  }

  /** The mysql client's {@code DELIMITER xyz}: the rest of the line names the new delimiter. */
  private int delimiterCommand(int start, int end) {
    int eol = lineEnd(end);
    String value = text.substring(end, eol).strip();
    int space = indexOfWhitespace(value);
    if (space >= 0) {
      value = value.substring(0, space);
    }
    if (value.isEmpty() || end == eol || text.charAt(end) > ' ') {
      throw new SqlSplitException(
          source, lineAt(start), "DELIMITER needs a value, e.g. DELIMITER //");
    }
    delimiter = value;
    return eol;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) <= ' ') {
        return i;
      }
    }
    return -1;
  }

  // ---- quotes and comments ----

  /** Returns the index after the closing quote; {@code open} is the opening quote. */
  private int quoted(int open, char quote, boolean backslash, String what) {
    int j = open + 1;
    while (j < length) {
      char c = text.charAt(j);
      if (c == quote) {
        if (j + 1 < length && text.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j += backslash && c == '\\' ? 2 : 1;
    }
    throw unterminated(open, "unterminated " + what + " (" + quote + ") starts here");
  }

  /** Returns the index after the closing quote, or -1 when {@code $} does not open one. */
  private int dollarQuoted(int open) {
    int j = open + 1;
    if (dollarTags && j < length && isTagStart(text.charAt(j))) {
      j++;
      while (j < length && (isTagStart(text.charAt(j)) || isDigit(text.charAt(j)))) {
        j++;
      }
    }
    if (j >= length || text.charAt(j) != '$') {
      return -1;
    }
    String tag = text.substring(open, j + 1);
    int close = text.indexOf(tag, j + 1);
    if (close < 0) {
      throw unterminated(open, "unterminated dollar-quoted string " + tag + " starts here");
    }
    return close + tag.length();
  }

  private static boolean isTagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private int blockComment(int open) {
    int depth = 1;
    int j = open + 2;
    while (j < length) {
      char c = text.charAt(j);
      if (c == '*' && j + 1 < length && text.charAt(j + 1) == '/') {
        j += 2;
        if (--depth == 0) {
          return j;
        }
      } else if (nestedComments && c == '/' && j + 1 < length && text.charAt(j + 1) == '*') {
        depth++;
        j += 2;
      } else {
        j++;
      }
    }
    throw unterminated(open, "unterminated block comment (/*) starts here");
  }

  /** Skips a line comment; {@code --} comments may be statement markers. */
  private int lineComment(int start, boolean dashes) {
    int eol = lineEnd(start);
    if (dashes) {
      String marker = marker(text.substring(start + 2, eol));
      if (BEGIN_MARKER.equals(marker)) {
        return markedBlock(start, eol);
      }
      if (END_MARKER.equals(marker)) {
        throw new SqlSplitException(
            source, lineAt(start), "-- " + END_MARKER + " without a preceding -- " + BEGIN_MARKER);
      }
    }
    return eol;
  }

  /**
   * {@code migrate:statement-begin} for " MIGRATE: statement-begin", as the script parser reads it.
   */
  private static String marker(String comment) {
    String content = comment.strip();
    if (!content.regionMatches(true, 0, DIRECTIVE, 0, DIRECTIVE.length())) {
      return null;
    }
    return DIRECTIVE + content.substring(DIRECTIVE.length()).strip().toLowerCase(Locale.ROOT);
  }

  private int lineEnd(int from) {
    int j = from;
    while (j < length && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
      j++;
    }
    return j;
  }

  private int nextLine(int eol) {
    if (eol < length
        && text.charAt(eol) == '\r'
        && eol + 1 < length
        && text.charAt(eol + 1) == '\n') {
      return eol + 2;
    }
    return Math.min(eol + 1, length);
  }

  /**
   * Everything between the begin and the end marker lines is one statement, untouched by the lexer;
   * one trailing delimiter is dropped because people write one after {@code END}.
   */
  private int markedBlock(int markerStart, int markerEol) {
    flush();
    int bodyStart = nextLine(markerEol);
    int lineStart = bodyStart;
    while (lineStart < length) {
      int eol = lineEnd(lineStart);
      String line = text.substring(lineStart, eol).strip();
      if (line.startsWith("--") && END_MARKER.equals(marker(line.substring(2)))) {
        emitBlock(bodyStart, lineStart);
        return eol;
      }
      lineStart = nextLine(eol);
    }
    throw new SqlSplitException(
        source, lineAt(markerStart), "-- " + BEGIN_MARKER + " without a matching -- " + END_MARKER);
  }

  private void emitBlock(int from, int to) {
    int start = from;
    while (start < to && text.charAt(start) <= ' ') {
      start++;
    }
    int end = to;
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int cut =
        end - delimiter.length() >= start && text.startsWith(delimiter, end - delimiter.length())
            ? delimiter.length()
            : 0;
    if (cut == 0 && end > start && text.charAt(end - 1) == ';') {
      cut = 1;
    }
    if (end - cut > start) {
      end -= cut;
      while (end > start && text.charAt(end - 1) <= ' ') {
        end--;
      }
    }
    if (end > start) {
      emit(text.substring(start, end), start);
    }
  }

  // ---- lines ----

  /** The file line of {@code offset}; linear overall because offsets mostly increase. */
  private int lineAt(int offset) {
    if (offset < lineCursorPos) {
      lineCursorPos = 0;
      lineCursor = firstLine;
    }
    for (int j = lineCursorPos; j < offset; j++) {
      char c = text.charAt(j);
      if (c == '\n' || (c == '\r' && (j + 1 >= length || text.charAt(j + 1) != '\n'))) {
        lineCursor++;
      }
    }
    lineCursorPos = offset;
    return lineCursor;
  }

  private SqlSplitException unterminated(int offset, String problem) {
    return new SqlSplitException(source, lineAt(offset), problem);
  }
}
