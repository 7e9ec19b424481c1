/** Statements with line numbers, the splitter that finds them, and the sink they flow into. */
package dev.migrate.engine.sql;
