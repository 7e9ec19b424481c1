package dev.migrate.engine.script;

import dev.migrate.engine.common.MigrateException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file name of a new script, from a template such as {@code {yyyyMMdd_HHmmss}-{rev}_{slug}}.
 * Tokens: {@code rev}, {@code slug}, {@code epoch}, {@code year}, {@code month}, {@code day},
 * {@code hour}, {@code minute}, {@code second} (zero-padded), and any other {@code {...}} as a
 * {@link DateTimeFormatter} pattern of the creation time. {@code .sql} is appended unless present;
 * {@code /} makes sub-directories. An empty slug takes one neighbouring separator with it, so the
 * name never ends in {@code _.sql}. {@link #timePrefix} is what orders names by creation time.
 */
public final class FileNameTemplate {
  private static final Pattern TOKEN = Pattern.compile("\\{([^{}]+)}");
  private static final Pattern EMPTY_SLUG = Pattern.compile("[-_. ]\\{slug}|\\{slug}[-_. ]?");
  private static final Pattern UNSAFE = Pattern.compile("[<>:\"|?*\\\\\\x00-\\x1f]");

  private final String template;

  public FileNameTemplate(String template) {
    if (template == null || template.isBlank()) {
      throw new MigrateException("The file template is empty");
    }
    if (!template.contains("{rev}")) {
      throw new MigrateException(
          "File template '" + template + "' must contain {rev}, so that every name is unique");
    }
    this.template = template.strip();
    // Fail on a bad date pattern now rather than at the first revision.
    render("x", "x", ZonedDateTime.now());
  }

  /** The relative path of the script for this revision, slug and creation time. */
  public String render(String rev, String slug, ZonedDateTime created) {
    String source = slug.isEmpty() ? EMPTY_SLUG.matcher(template).replaceAll("") : template;
    Matcher m = TOKEN.matcher(source);
    StringBuilder name = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(name, Matcher.quoteReplacement(token(m.group(1), rev, slug, created)));
    }
    m.appendTail(name);
    String path = name.toString();
    if (!path.endsWith(".sql")) {
      path = path + ".sql";
    }
    if (UNSAFE.matcher(path).find()
        || path.startsWith("/")
        || path.contains("//")
        || ("/" + path + "/").contains("/../")) {
      throw new MigrateException(
          "File template '" + template + "' gives an unusable file name: " + path);
    }
    return path;
  }

  /**
   * The part of the name before its first {@code {rev}} or {@code {slug}} for this creation time:
   * what orders the names by time ({@code 20250916_105507-} for the default); empty when the
   * template starts with {@code {rev}} or {@code {slug}}.
   */
  public String timePrefix(ZonedDateTime created) {
    int rev = template.indexOf("{rev}");
    int slug = template.indexOf("{slug}");
    int end = slug < 0 ? rev : Math.min(rev, slug);
    Matcher m = TOKEN.matcher(template.substring(0, end));
    StringBuilder prefix = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(prefix, Matcher.quoteReplacement(token(m.group(1), "", "", created)));
    }
    m.appendTail(prefix);
    return prefix.toString();
  }

  private String token(String token, String rev, String slug, ZonedDateTime t) {
    return switch (token) {
      case "rev" -> rev;
      case "slug" -> slug;
      case "epoch" -> Long.toString(t.toEpochSecond());
      case "year" -> String.format(Locale.ROOT, "%04d", t.getYear());
      case "month" -> two(t.getMonthValue());
      case "day" -> two(t.getDayOfMonth());
      case "hour" -> two(t.getHour());
      case "minute" -> two(t.getMinute());
      case "second" -> two(t.getSecond());
      default -> datePattern(token, t);
    };
  }

  private String datePattern(String pattern, ZonedDateTime t) {
    try {
      return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(t);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new MigrateException(
          "File template '"
              + template
              + "': {"
              + pattern
              + "} is neither a token (rev, slug, epoch, year, month, day, hour, minute, second)"
              + " nor a date pattern: "
              + e.getMessage());
    }
  }

  private static String two(int value) {
    return String.format(Locale.ROOT, "%02d", value);
  }

  @Override
  public String toString() {
    return template;
  }
}
