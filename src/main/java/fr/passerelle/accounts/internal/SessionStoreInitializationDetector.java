package fr.passerelle.accounts.internal;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The JDBC session store cleans expired sessions on a schedule from the moment it exists: it must
 * wait for the migrations that create its tables.
 */
class SessionStoreInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(JdbcIndexedSessionRepository.class);
    }
}
