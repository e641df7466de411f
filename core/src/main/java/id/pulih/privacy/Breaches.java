package id.pulih.privacy;

import java.util.List;
import java.util.Optional;

/** The breach register. A port: the in-memory and JDBC stores implement it. */
public interface Breaches {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Breach> find(BreachId id);

    /**
     * Every breach, discovered first.
     *
     * @return the breaches
     */
    List<Breach> all();

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param breach the breach
     * @return it as stored
     * @throws id.pulih.shared.ConflictException {@code record.stale}
     */
    Breach save(Breach breach);
}
