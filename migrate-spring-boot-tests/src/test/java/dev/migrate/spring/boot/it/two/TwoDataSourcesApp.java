package dev.migrate.spring.boot.it.two;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Two DataSources, orders (primary) and audit, each migrated from its own location. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TwoDataSourcesApp {
  @Bean
  @Primary
  DataSource orders(@Value("${test.orders-url}") String url) {
    return h2(url);
  }

  @Bean
  DataSource audit(@Value("${test.audit-url}") String url) {
    return h2(url);
  }

  private static DataSource h2(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return dataSource;
  }
}
