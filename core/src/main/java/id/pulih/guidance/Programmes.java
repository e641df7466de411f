package id.pulih.guidance;

import id.pulih.shared.ProgrammeId;
import java.util.List;
import java.util.Optional;

/** Social guidance programmes. A port: the in-memory and JDBC stores implement it. */
public interface Programmes {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<Programme> find(ProgrammeId id);

    /**
     * Every programme, earliest first.
     *
     * @return the programmes
     */
    List<Programme> all();

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param programme the programme
     * @return it as stored, at its new version
     */
    Programme save(Programme programme);
}
