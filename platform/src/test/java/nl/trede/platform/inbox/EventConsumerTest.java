package nl.trede.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the consumer waits out (retries without limit) instead of dead-lettering after max-attempts. */
class EventConsumerTest {

    @Test
    void aDatabaseOutOfConnectionsMakesTheEventWaitNotDie() {
        // Seen in the benchmark: the pool's acquisition timeout and PostgreSQL's "too many connections" (53300).
        assertTrue(EventConsumer.transientInfrastructure(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(EventConsumer.transientInfrastructure(new SQLException("remaining connection slots", "53300")));
        assertTrue(EventConsumer.transientInfrastructure(new SQLException("connection refused", "08001")));
    }

    @Test
    void anUnreachableServiceOrASerializationConflictIsTransientToo() {
        assertTrue(EventConsumer.transientInfrastructure(new ProcessingException(new ConnectException("refused"))));
        assertTrue(EventConsumer.transientInfrastructure(new TransientEventException("intake answered 503")));
        assertTrue(EventConsumer.transientInfrastructure(new SQLException("could not serialize", "40001")));
    }

    @Test
    void aBugOrABadEventIsNot() {
        assertFalse(EventConsumer.transientInfrastructure(new IllegalArgumentException("bad data")));
        assertFalse(EventConsumer.transientInfrastructure(new SQLException("duplicate key", "23505")));
    }
}
