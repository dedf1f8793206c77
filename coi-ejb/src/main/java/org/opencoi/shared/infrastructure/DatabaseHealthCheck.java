package org.opencoi.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.opencoi.shared.application.ComponentHealth;
import org.opencoi.shared.application.HealthCheck;

/** The database answers within two seconds. */
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/CoiDS")
    private DataSource dataSource;

    @Override
    public ComponentHealth check() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return new ComponentHealth("database", valid,
                    connection.getMetaData().getDatabaseProductName() + (valid ? "" : " did not answer"));
        } catch (SQLException e) {
            return new ComponentHealth("database", false, e.getMessage());
        }
    }
}
