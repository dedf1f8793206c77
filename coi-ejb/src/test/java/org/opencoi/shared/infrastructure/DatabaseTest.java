package org.opencoi.shared.infrastructure;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test run once on each {@link TestDatabase}, against the schema the migrations build, with a {@link DatabaseScope}
 * as parameter (of the test and of its {@code @BeforeEach} methods). Each run starts with every table as the
 * migrations left it; on a database the tests cannot reach here, the run is reported skipped.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(MigratedDatabaseExtension.class)
public @interface DatabaseTest {
}
