/**
 * One small class per database: transactional DDL, quoting, lock SQL, table DDL, splitter rules.
 */
package dev.migrate.engine.dialect;
