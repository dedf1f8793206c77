package org.opencoi.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One test's way into a migrated database: units of work in transactions of their own, as the server runs a service
 * call, and repositories or services given the unit's entity manager where the container would inject it.
 */
public final class DatabaseScope {

    private final TestDatabase database;
    private final EntityManagerFactory factory;

    DatabaseScope(TestDatabase database, EntityManagerFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    public TestDatabase database() {
        return database;
    }

    /** Runs the work in a transaction of its own and commits it; a failure rolls it back and is thrown on. */
    public void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** As {@link #inTransaction}, answering what the work answers. */
    public <T> T fromTransaction(Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            try {
                T result = work.apply(em);
                em.getTransaction().commit();
                return result;
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            }
        }
    }

    /**
     * Gives the object the entity manager in every field of type {@link EntityManager} (its
     * {@code @PersistenceContext}), as the container would; answers the object.
     */
    public static <T> T withEntityManager(T target, EntityManager em) {
        boolean injected = false;
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == EntityManager.class) {
                    set(target, field, em);
                    injected = true;
                }
            }
        }
        if (!injected) {
            throw new IllegalArgumentException(target.getClass().getName() + " has no EntityManager field");
        }
        return target;
    }

    static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
