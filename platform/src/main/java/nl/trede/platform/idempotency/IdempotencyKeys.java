package nl.trede.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.trede.platform.problem.ProblemException;

/**
 * {@code Idempotency-Key} for creates. Inside the creating transaction: {@link #create} claims the key (an
 * {@code INSERT … ON CONFLICT DO NOTHING}, which waits for a concurrent claimant to finish), then either runs the
 * create and stores the new id, or returns the id of the first request. The same key with a different request
 * body is a 409 problem; a key is scoped per endpoint and per caller.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** The id of the resource and whether it was created by this request (false: a replay). */
    public record Result(UUID id, boolean created) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public IdempotencyKeys(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result create(String scope, String key, Object request, Supplier<UUID> create) {
        if (key == null || key.isBlank()) {
            return new Result(create.get(), true);
        }
        if (key.length() > 255) {
            throw ProblemException.invalid(HEADER, "must be at most 255 characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (scope, idem_key, request_hash) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 1) {
            UUID id = create.get();
            em.createNativeQuery("UPDATE idempotency_key SET resource_id = ?1 WHERE scope = ?2 AND idem_key = ?3")
                    .setParameter(1, id).setParameter(2, scope).setParameter(3, key)
                    .executeUpdate();
            return new Result(id, true);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT request_hash, resource_id FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Optional<Object[]> row = rows.stream().findFirst();
        if (row.isEmpty() || row.get()[1] == null) {
            throw ProblemException.conflict("idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being processed; retry later.", null);
        }
        if (!hash.equals(row.get()[0])) {
            throw ProblemException.conflict("idempotency-key-reused",
                    "This Idempotency-Key was used for a different request.", null);
        }
        return new Result((UUID) row.get()[1], false);
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }

}
