package dev.migrate.engine.script;

/**
 * The raw text of one section of a script, split only when it runs.
 *
 * @param sql the lines after the section marker, up to the next marker or the end of the file
 * @param firstLine the file line of the first of those lines
 */
public record ScriptSection(String sql, int firstLine) {}
