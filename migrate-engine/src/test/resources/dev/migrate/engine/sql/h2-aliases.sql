-- H2: a Java function body in $$, // comments and nested block comments.
CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(200));
CREATE ALIAS reverse_text AS $$
String reverseText(String s) {
  // a Java comment; with a semicolon
  return new StringBuilder(s).reverse().toString();
}
$$;
// an H2 line comment; not a statement
/* outer /* inner; */ still a comment; */
INSERT INTO notes VALUES (1, reverse_text('it''s;ok'))
