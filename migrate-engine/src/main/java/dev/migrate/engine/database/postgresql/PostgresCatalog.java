package dev.migrate.engine.database.postgresql;

import dev.migrate.engine.schema.CheckConstraint;
import dev.migrate.engine.schema.Column;
import dev.migrate.engine.schema.DatabaseSchema;
import dev.migrate.engine.schema.Domain;
import dev.migrate.engine.schema.EnumType;
import dev.migrate.engine.schema.ExclusionConstraint;
import dev.migrate.engine.schema.ForeignKey;
import dev.migrate.engine.schema.Grant;
import dev.migrate.engine.schema.Identity;
import dev.migrate.engine.schema.Index;
import dev.migrate.engine.schema.IndexKey;
import dev.migrate.engine.schema.PrimaryKey;
import dev.migrate.engine.schema.ReferentialAction;
import dev.migrate.engine.schema.Routine;
import dev.migrate.engine.schema.Sequence;
import dev.migrate.engine.schema.SqlType;
import dev.migrate.engine.schema.Trigger;
import dev.migrate.engine.schema.UniqueConstraint;
import dev.migrate.engine.schema.View;
import dev.migrate.engine.verify.Catalog;
import dev.migrate.engine.verify.JdbcMetadata;
import dev.migrate.engine.verify.Rows;
import dev.migrate.engine.verify.Scope;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL: tables and columns (with their comments) through JDBC; constraints, indexes, views,
 * sequences, functions, triggers, enum types, domains, extensions and grants from {@code
 * pg_catalog}. Expressions (checks, index keys and predicates, views) are compared as PostgreSQL
 * itself prints them. Objects that belong to an extension are covered by the extension.
 */
final class PostgresCatalog implements Catalog {

  @Override
  public List<String> compared() {
    return List.of(
        "schemas",
        "tables",
        "columns (type, nullability, default, identity)",
        "primary keys",
        "unique, foreign-key, check and exclusion constraints",
        "indexes",
        "views",
        "materialized views",
        "sequences",
        "functions",
        "procedures",
        "triggers",
        "enum types",
        "domains",
        "extensions",
        "table and column comments",
        "grants on schemas, tables, views, sequences and columns");
  }

  private static final String NOT_IN_EXTENSION =
      " and not exists (select 1 from pg_depend d where d.objid = %s and d.deptype = 'e')";

  /** The names of the columns an attribute-number array lists, in its order. */
  private static final String COLUMN_NAMES =
      "array(select a.attname from unnest(%s) with ordinality k(n, o)"
          + " join pg_attribute a on a.attrelid = %s and a.attnum = k.n order by k.o)";

  /**
   * Index key {@code k}'s collation when it is not the column's (for an expression, its type's), as
   * PostgreSQL prints it; else null.
   */
  private static final String KEY_COLLATION =
      "(select case when x.indcollation[k - 1] = coalesce((select a.attcollation"
          + " from pg_attribute a where a.attrelid = x.indrelid and a.attnum = x.indkey[k - 1]"
          + " and x.indkey[k - 1] <> 0), (select t.typcollation from pg_opclass oc"
          + " join pg_type t on t.oid = oc.opcintype where oc.oid = x.indclass[k - 1]), 0)"
          + " then null else (select case when cn.nspname = 'pg_catalog'"
          + " then quote_ident(co.collname) else quote_ident(cn.nspname) || '.'"
          + " || quote_ident(co.collname) end from pg_collation co"
          + " join pg_namespace cn on cn.oid = co.collnamespace"
          + " where co.oid = x.indcollation[k - 1]) end)";

  /** Index key {@code k}'s operator class when it is not its type's default; else null. */
  private static final String KEY_OPCLASS =
      "(select case when oc.opcdefault then null when on_.nspname = 'pg_catalog'"
          + " then quote_ident(oc.opcname) else quote_ident(on_.nspname) || '.'"
          + " || quote_ident(oc.opcname) end from pg_opclass oc"
          + " join pg_namespace on_ on on_.oid = oc.opcnamespace"
          + " where oc.oid = x.indclass[k - 1])";

  /**
   * A change to an inheritance parent or a partitioned table reaches its children, and an event
   * trigger may do anything on DDL: with either in the database, a subset read reads all.
   */
  @Override
  public boolean tablesAreIndependent(Connection connection) throws SQLException {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "select not exists (select 1 from pg_inherits)"
                    + " and not exists (select 1 from pg_event_trigger where evtenabled <> 'D')");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  @Override
  public Scope scope(Connection connection, Set<String> excludedTables) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (PreparedStatement ps =
            connection.prepareStatement(
                "select nspname from pg_namespace where nspname !~ '^pg_'"
                    + " and nspname <> 'information_schema' order by nspname");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        schemas.add(rs.getString(1));
      }
    }
    String current;
    String temporary;
    String shown;
    try (PreparedStatement ps =
            connection.prepareStatement(
                "select current_schema(), (select nspname from pg_namespace"
                    + " where oid = pg_my_temp_schema()), (select s from"
                    + " unnest(current_schemas(false)) s where s !~ '^pg_temp_' limit 1)");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      current = rs.getString(1) != null ? rs.getString(1) : "public";
      temporary = rs.getString(2);
      shown = rs.getString(3) != null ? rs.getString(3) : "public";
    }
    if (!current.equals(temporary)) {
      return new Scope(schemas, current, false, false, excludedTables);
    }
    // A session whose unqualified objects are temporary (Dialect.temporaryObjectsSettings): its
    // temporary schema is read as the schema those objects would otherwise be in.
    schemas.add(temporary);
    return new Scope(schemas, temporary, false, false, excludedTables).showingDefaultAs(shown);
  }

  @Override
  public void read(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    // The catalog queries' array subqueries look expensive to the planner, which then JIT-compiles
    // them: a second or more per query for a few rows. Off while reading, then as it was.
    String jit = setting(connection, "jit");
    if (jit != null) {
      setSetting(connection, "jit", "off");
    }
    try {
      readCatalog(connection, scope, out);
    } finally {
      if (jit != null) {
        setSetting(connection, "jit", jit);
      }
    }
  }

  /** A server setting's value, or null when this server has no such setting. */
  private static String setting(Connection connection, String name) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("select current_setting(?, true)")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void setSetting(Connection connection, String name, String value)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("select set_config(?, ?, false)")) {
      ps.setString(1, name);
      ps.setString(2, value);
      ps.executeQuery().close();
    }
  }

  private void readCatalog(Connection connection, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    JdbcMetadata jdbc = new JdbcMetadata(connection.getMetaData(), scope);
    Relations tables = Relations.of(connection, scope.tables());
    for (String schema : scope.schemas()) {
      // The default schema too: a downgrade can drop public, and verify must see it.
      out.schema(scope.shownSchema(schema));
      columns(connection, schema, Set.copyOf(jdbc.tables(schema, out)), tables, scope, out);
    }
    Array schemas = connection.createArrayOf("text", scope.schemas().toArray());
    boolean nullsNotDistinct = connection.getMetaData().getDatabaseMajorVersion() >= 15;
    constraints(connection, schemas, tables, scope, nullsNotDistinct, out);
    views(connection, schemas, scope, out);
    indexes(connection, schemas, tables, scope, nullsNotDistinct, out);
    sequences(connection, schemas, scope, out);
    functions(connection, schemas, scope, out);
    triggers(connection, schemas, tables, scope, out);
    types(connection, schemas, scope, out);
    extensions(connection, out);
    grants(connection, schemas, scope, out);
  }

  /** The grantee of an {@code aclexplode} row: a role's name, {@code PUBLIC} for 0. */
  private static final String GRANTEE =
      "case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end";

  /**
   * Privileges granted on schemas, tables, views, sequences and their columns, from the objects'
   * access lists; the owner's own (implicit) privileges are left out, as are grants on migrate's
   * tables.
   */
  private static void grants(
      Connection connection, Array schemas, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select n.nspname, "
            + GRANTEE
            + ", a.privilege_type, a.is_grantable from pg_namespace n"
            + " cross join lateral aclexplode(n.nspacl) a"
            + " where n.nspname = any(?) and a.grantee <> n.nspowner",
        schemas,
        rs ->
            out.grant(
                new Grant(
                    "schema",
                    scope.shownSchema(rs.getString(1)),
                    null,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4))));
    String relations =
        "select n.nspname, c.relname, c.relkind, null::name, "
            + GRANTEE
            + ", a.privilege_type, a.is_grantable"
            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
            + " cross join lateral aclexplode(c.relacl) a"
            + " where n.nspname = any(?) and a.grantee <> c.relowner"
            + " union all select n.nspname, c.relname, c.relkind, t.attname, "
            + GRANTEE
            + ", a.privilege_type, a.is_grantable"
            + " from pg_attribute t join pg_class c on c.oid = t.attrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " cross join lateral aclexplode(t.attacl) a"
            + " where n.nspname = any(?) and t.attnum > 0 and not t.attisdropped"
            + " and a.grantee <> c.relowner";
    Rows.each(
        connection,
        relations,
        schemas,
        rs -> {
          if (scope.isExcluded(rs.getString(2))) {
            return;
          }
          out.grant(
              new Grant(
                  relationKind(rs.getString(3)),
                  scope.qualify(rs.getString(1), rs.getString(2)),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getBoolean(7)));
        });
  }

  /** {@code pg_class.relkind} in words. */
  private static String relationKind(String code) {
    return switch (code) {
      case "v" -> "view";
      case "m" -> "materialized view";
      case "S" -> "sequence";
      case "f" -> "foreign table";
      default -> "table";
    };
  }

  /**
   * The columns of the given tables from the catalog, in their order: types as PostgreSQL prints
   * them (JDBC says {@code serial} for a serial's integer, and its column query is slow on a
   * thousand tables), identities ({@code ALWAYS}, {@code BY DEFAULT}, or a serial: a default of
   * {@code nextval} of a sequence that the column owns, which is then no default), and comments.
   */
  private static void columns(
      Connection connection,
      String schema,
      Set<String> tables,
      Relations relations,
      Scope scope,
      DatabaseSchema.Builder out)
      throws SQLException {
    String serial =
        "exists (select 1 from pg_depend d"
            + " join pg_class s on s.oid = d.refobjid and s.relkind = 'S'"
            + " join pg_depend o on o.classid = 'pg_class'::regclass and o.objid = s.oid"
            + " and o.refobjid = a.attrelid and o.refobjsubid = a.attnum and o.deptype = 'a'"
            + " where d.classid = 'pg_attrdef'::regclass and d.objid = ad.oid"
            + " and d.refclassid = 'pg_class'::regclass"
            + " and pg_get_expr(ad.adbin, ad.adrelid) like 'nextval(%')";
    relations.each(
        connection,
        "select c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " not (a.attnotnull or (t.typtype = 'd' and t.typnotnull)),"
            + " pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, "
            + serial
            + ", col_description(a.attrelid, a.attnum)"
            + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " join pg_type t on t.oid = a.atttypid"
            + " left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum"
            + " where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0"
            + " and not a.attisdropped",
        "c.relname",
        " order by c.relname, a.attnum",
        schema,
        rs -> {
          String table = rs.getString(1);
          if (!tables.contains(table)) {
            return;
          }
          Identity identity =
              switch (rs.getString(6)) {
                case "a" -> Identity.ALWAYS;
                case "d" -> Identity.BY_DEFAULT;
                default -> rs.getBoolean(7) ? Identity.SERIAL : null;
              };
          Column column =
              new Column(
                  scope.show(rs.getString(2)),
                  SqlType.parse(rs.getString(3)),
                  rs.getBoolean(4),
                  identity == Identity.SERIAL
                      ? null
                      : JdbcMetadata.normalizeDefault(rs.getString(5)),
                  identity,
                  JdbcMetadata.comment(rs.getString(8)));
          out.updateTable(scope.qualify(schema, table), t -> t.withColumn(column));
        });
  }

  /**
   * Constraints; a unique constraint's {@code INCLUDE} columns and {@code NULLS NOT DISTINCT} (from
   * PostgreSQL 15) are its index's.
   */
  private static void constraints(
      Connection connection,
      Array schemas,
      Relations tables,
      Scope scope,
      boolean nullsNotDistinct,
      DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select n.nspname, t.relname, c.conname, c.contype, pg_get_constraintdef(c.oid),"
            + COLUMN_NAMES.formatted("c.conkey", "c.conrelid")
            + ", rn.nspname, rt.relname, "
            + COLUMN_NAMES.formatted("c.confkey", "c.confrelid")
            + ", c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid),"
            + " c.confmatchtype, c.condeferrable, c.condeferred,"
            + " array(select a.attname from pg_index x"
            + " cross join generate_series(x.indnkeyatts + 1, x.indnatts) k"
            + " join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[k - 1]"
            + " where x.indexrelid = c.conindid and c.contype = 'u' order by k),"
            + (nullsNotDistinct
                ? " coalesce((select x.indnullsnotdistinct from pg_index x"
                    + " where x.indexrelid = c.conindid and c.contype = 'u'), false)"
                : " false")
            + " from pg_constraint c join pg_class t on t.oid = c.conrelid"
            + " join pg_namespace n on n.oid = t.relnamespace"
            + " left join pg_class rt on rt.oid = c.confrelid"
            + " left join pg_namespace rn on rn.oid = rt.relnamespace"
            + " where n.nspname = any(?) and c.contype in ('p', 'u', 'f', 'c', 'x')";
    tables.each(
        connection,
        sql,
        "t.relname",
        "",
        schemas,
        rs -> {
          String table = scope.qualify(rs.getString(1), rs.getString(2));
          String name = rs.getString(3);
          List<String> columns = strings(rs.getArray(6));
          switch (rs.getString(4)) {
            case "p" ->
                out.updateTable(table, t -> t.withPrimaryKey(new PrimaryKey(name, columns)));
            case "u" -> {
              UniqueConstraint unique =
                  new UniqueConstraint(name, columns, strings(rs.getArray(16)), rs.getBoolean(17));
              out.updateTable(table, t -> t.withUnique(unique));
            }
            case "f" -> {
              ForeignKey key =
                  new ForeignKey(
                      name,
                      columns,
                      scope.qualify(rs.getString(7), rs.getString(8)),
                      strings(rs.getArray(9)),
                      action(rs.getString(10)),
                      action(rs.getString(11)),
                      match(rs.getString(13)),
                      rs.getBoolean(14),
                      rs.getBoolean(15));
              out.updateTable(table, t -> t.withForeignKey(key));
            }
            case "c" -> {
              CheckConstraint check = new CheckConstraint(name, rs.getString(12));
              out.updateTable(table, t -> t.withCheck(check));
            }
            default -> {
              ExclusionConstraint exclusion = new ExclusionConstraint(name, rs.getString(5));
              out.updateTable(table, t -> t.withExclusion(exclusion));
            }
          }
        });
  }

  /** Indexes of tables and materialized views, without those a constraint owns. */
  private static void indexes(
      Connection connection,
      Array schemas,
      Relations tables,
      Scope scope,
      boolean nullsNotDistinct,
      DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select n.nspname, t.relname, i.relname, x.indisunique, am.amname,"
            + " pg_get_expr(x.indpred, x.indrelid),"
            + " array(select pg_get_indexdef(x.indexrelid, k, true)"
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select (x.indoption[k - 1] & 1) = 1"
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select (x.indoption[k - 1] & 2) = 2"
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select "
            + KEY_COLLATION
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select "
            + KEY_OPCLASS
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select x.indkey[k - 1] = 0"
            + " from generate_series(1, x.indnkeyatts) k order by k),"
            + " array(select pg_get_indexdef(x.indexrelid, k, true)"
            + " from generate_series(x.indnkeyatts + 1, x.indnatts) k order by k),"
            + (nullsNotDistinct ? " x.indnullsnotdistinct," : " false,")
            + " coalesce(i.reloptions, '{}')"
            + " from pg_index x join pg_class i on i.oid = x.indexrelid"
            + " join pg_class t on t.oid = x.indrelid"
            + " join pg_am am on am.oid = i.relam"
            + " join pg_namespace n on n.oid = i.relnamespace"
            + " where n.nspname = any(?) and not exists (select 1 from pg_constraint c"
            + " where c.conindid = x.indexrelid and c.contype in ('p', 'u', 'x'))";
    tables.each(
        connection,
        sql,
        // A materialized view's indexes are its own: views are read whole.
        "case when t.relkind = 'm' then null else t.relname end",
        "",
        schemas,
        rs -> {
          List<String> texts = strings(rs.getArray(7));
          Boolean[] descending = (Boolean[]) rs.getArray(8).getArray();
          Boolean[] nullsFirst = (Boolean[]) rs.getArray(9).getArray();
          List<String> collations = strings(rs.getArray(10));
          List<String> opclasses = strings(rs.getArray(11));
          Boolean[] expression = (Boolean[]) rs.getArray(12).getArray();
          List<IndexKey> keys = new ArrayList<>();
          for (int k = 0; k < texts.size(); k++) {
            keys.add(
                new IndexKey(texts.get(k), expression[k], descending[k])
                    .nulls(nulls(descending[k], nullsFirst[k]))
                    .collate(collations.get(k))
                    .opclass(opclasses.get(k)));
          }
          String method = rs.getString(5);
          Index index =
              new Index(
                  rs.getString(3),
                  keys,
                  rs.getBoolean(4),
                  rs.getString(6),
                  "btree".equals(method) ? null : method,
                  strings(rs.getArray(13)),
                  rs.getBoolean(14),
                  strings(rs.getArray(15)));
          String relation = scope.qualify(rs.getString(1), rs.getString(2));
          out.updateTable(relation, t -> t.withIndex(index));
          out.updateView(relation, v -> v.withIndex(index));
        });
  }

  private static void views(
      Connection connection, Array schemas, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select schemaname, viewname, definition, false from pg_views where schemaname = any(?)"
            + " union all select schemaname, matviewname, definition, true"
            + " from pg_matviews where schemaname = any(?)";
    Rows.each(
        connection,
        sql,
        schemas,
        rs ->
            out.view(
                new View(
                    scope.qualify(rs.getString(1), rs.getString(2)),
                    rs.getString(3),
                    rs.getBoolean(4),
                    List.of())));
  }

  private static void sequences(
      Connection connection, Array schemas, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select s.schemaname, s.sequencename, s.data_type::text, s.start_value, s.increment_by,"
            + " s.min_value, s.max_value, s.cycle,"
            + " (select array[tn.nspname::text, t.relname::text, a.attname::text] from pg_depend d"
            + " join pg_class t on t.oid = d.refobjid"
            + " join pg_namespace tn on tn.oid = t.relnamespace"
            + " join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid"
            + " where d.classid = 'pg_class'::regclass"
            + " and d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))"
            + "::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))"
            + " from pg_sequences s where s.schemaname = any(?)";
    Rows.each(
        connection,
        sql,
        schemas,
        rs -> {
          // A sequence owned by one of migrate's tables (its id column) is migrate's too.
          List<String> owner = strings(rs.getArray(9));
          if (!owner.isEmpty() && scope.isExcluded(owner.get(1))) {
            return;
          }
          out.sequence(
              new Sequence(
                  scope.qualify(rs.getString(1), rs.getString(2)),
                  SqlType.parse(rs.getString(3)),
                  rs.getLong(4),
                  rs.getLong(5),
                  rs.getLong(6),
                  rs.getLong(7),
                  rs.getBoolean(8),
                  owner.isEmpty()
                      ? null
                      : scope.qualify(owner.get(0), owner.get(1)) + "." + owner.get(2)));
        });
  }

  private static void functions(
      Connection connection, Array schemas, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),"
            + " p.prokind, pg_get_functiondef(p.oid)"
            + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
            + " where n.nspname = any(?) and p.prokind in ('f', 'p', 'w')"
            + NOT_IN_EXTENSION.formatted("p.oid");
    Rows.each(
        connection,
        sql,
        schemas,
        rs ->
            out.routine(
                new Routine(
                    scope.qualify(rs.getString(1), rs.getString(2)) + "(" + rs.getString(3) + ")",
                    "p".equals(rs.getString(4)) ? "procedure" : "function",
                    rs.getString(5))));
  }

  private static void triggers(
      Connection connection,
      Array schemas,
      Relations tables,
      Scope scope,
      DatabaseSchema.Builder out)
      throws SQLException {
    String sql =
        "select n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid)"
            + " from pg_trigger t join pg_class c on c.oid = t.tgrelid"
            + " join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname = any(?) and not t.tgisinternal";
    tables.each(
        connection,
        sql,
        "c.relname",
        "",
        schemas,
        rs -> {
          Trigger trigger = new Trigger(rs.getString(3), rs.getString(4));
          out.updateTable(
              scope.qualify(rs.getString(1), rs.getString(2)), t -> t.withTrigger(trigger));
        });
  }

  private static void types(
      Connection connection, Array schemas, Scope scope, DatabaseSchema.Builder out)
      throws SQLException {
    String enums =
        "select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder)"
            + " from pg_type t join pg_enum e on e.enumtypid = t.oid"
            + " join pg_namespace n on n.oid = t.typnamespace"
            + " where n.nspname = any(?)"
            + NOT_IN_EXTENSION.formatted("t.oid")
            + " group by n.nspname, t.typname";
    Rows.each(
        connection,
        enums,
        schemas,
        rs ->
            out.enumType(
                new EnumType(
                    scope.qualify(rs.getString(1), rs.getString(2)), strings(rs.getArray(3)))));
    String domains =
        "select n.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull,"
            + " t.typdefault, (select string_agg(pg_get_constraintdef(c.oid), ' and '"
            + " order by c.conname) from pg_constraint c where c.contypid = t.oid)"
            + " from pg_type t join pg_namespace n on n.oid = t.typnamespace"
            + " where n.nspname = any(?) and t.typtype = 'd'"
            + NOT_IN_EXTENSION.formatted("t.oid");
    Rows.each(
        connection,
        domains,
        schemas,
        rs ->
            out.domain(
                new Domain(
                    scope.qualify(rs.getString(1), rs.getString(2)),
                    SqlType.parse(rs.getString(3)),
                    !rs.getBoolean(4),
                    JdbcMetadata.normalizeDefault(rs.getString(5)),
                    rs.getString(6))));
  }

  private static void extensions(Connection connection, DatabaseSchema.Builder out)
      throws SQLException {
    Rows.each(
        connection,
        "select extname from pg_extension where extname <> 'plpgsql'",
        null,
        rs -> out.extension(rs.getString(1)));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** Where an index key's nulls sort, when not where its direction sorts them by default. */
  private static IndexKey.Nulls nulls(boolean descending, boolean nullsFirst) {
    if (descending != nullsFirst) {
      return nullsFirst ? IndexKey.Nulls.FIRST : IndexKey.Nulls.LAST;
    }
    return null;
  }

  /** {@code pg_constraint.confmatchtype}. */
  private static ForeignKey.Match match(String code) {
    return switch (code) {
      case "f" -> ForeignKey.Match.FULL;
      case "p" -> ForeignKey.Match.PARTIAL;
      default -> ForeignKey.Match.SIMPLE;
    };
  }

  /** {@code pg_constraint.confdeltype}/{@code confupdtype}. */
  private static ReferentialAction action(String code) {
    return switch (code) {
      case "r" -> ReferentialAction.RESTRICT;
      case "c" -> ReferentialAction.CASCADE;
      case "n" -> ReferentialAction.SET_NULL;
      case "d" -> ReferentialAction.SET_DEFAULT;
      default -> ReferentialAction.NO_ACTION;
    };
  }
}
