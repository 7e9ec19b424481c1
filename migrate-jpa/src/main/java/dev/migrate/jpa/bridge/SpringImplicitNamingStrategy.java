package dev.migrate.jpa.bridge;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming, without Spring on the class path: JPA-compliant names, except that
 * a join table is named after the owning table and the owning attribute ({@code customer_addresses}
 * rather than {@code customer_address}). Boot has shipped this rule unchanged since 1.4, in {@code
 * org.springframework.boot.orm.jpa.hibernate} and, from 4.0, {@code
 * org.springframework.boot.hibernate}.
 */
public class SpringImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name =
        source.getOwningPhysicalTableName()
            + "_"
            + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
