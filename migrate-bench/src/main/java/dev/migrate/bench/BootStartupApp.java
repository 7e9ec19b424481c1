package dev.migrate.bench;

import java.lang.management.ManagementFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application of the Spring Boot start-up scenario, started in a JVM of its own by {@link
 * BootStartupScenario}: Boot's DataSource and JdbcTemplate, with or without the starter on the
 * class path. It queries its database once before it stops, as nearly every application does at
 * start-up (JPA, a health check): without that, the run without the starter would never open the
 * database, and H2's own start would be counted as the starter's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BootStartupApp {
  public static void main(String[] args) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BootStartupApp.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(args)) {
      Integer one = context.getBean(JdbcTemplate.class).queryForObject("SELECT 1", Integer.class);
      boolean migrated = context.containsBean("migrateInitializer");
      System.out.println("started; SELECT 1 = " + one + "; migrate starter active: " + migrated);
      // Read by BootStartupScenario: on a loaded machine the process's CPU time varies less than
      // its wall time, and the uptime leaves out the JVM's exit.
      System.out.println(
          "bench: uptime-ms="
              + ManagementFactory.getRuntimeMXBean().getUptime()
              + " cpu-ms="
              + processCpuMillis());
    }
  }

  private static long processCpuMillis() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() / 1_000_000
        : -1;
  }
}
