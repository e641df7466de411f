package id.pulih.grant;

import id.pulih.shared.ProgrammeId;
import id.pulih.shared.SchemeId;
import java.util.List;
import java.util.Optional;

/** Grant schemes. A port: the in-memory and JDBC stores implement it. */
public interface GrantSchemes {
    /**
     * Finds one.
     *
     * @param id the id
     * @return it, or empty
     */
    Optional<GrantScheme> find(SchemeId id);

    /**
     * The schemes of a programme.
     *
     * @param programme the programme
     * @return the schemes
     */
    List<GrantScheme> forProgramme(ProgrammeId programme);

    /**
     * Inserts (version 0) or updates (the version read).
     *
     * @param scheme the scheme
     * @return it as stored
     */
    GrantScheme save(GrantScheme scheme);
}
