package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.TextLimit;
import id.pulih.shared.Versioned;
import java.util.Objects;

/**
 * A business stimulus grant scheme (bantuan stimulan usaha) attached to a programme: a fixed amount per participant
 * (Rp 960.000 in Lombok, Rp 900.000 in Kupang in 2019), paid into the participant's own bank account, within a budget
 * ceiling. {@link #commitOne()} is the one place the budget rule lives: the sum of awards never exceeds the budget.
 *
 * <p>Instances are immutable: committing an award returns the changed scheme, which a service saves.
 */
public final class GrantScheme implements Versioned<GrantScheme> {
    private final SchemeId id;
    private final ProgrammeId programme;
    private final Rupiah amountPerPerson;
    private final Rupiah budget;
    private final String fundingSource;
    private final Rupiah committed;
    private final long version;

    /**
     * Rebuilds a scheme, checking the invariants.
     *
     * @param id the identifier
     * @param programme the programme whose participants it serves
     * @param amountPerPerson the amount each participant receives, more than zero
     * @param budget the ceiling, at least one amount
     * @param fundingSource for example {@code APBN Kemensos 2019}
     * @param committed the sum of the awards made so far, at most the budget
     * @param version the stored version
     */
    public GrantScheme(
            SchemeId id,
            ProgrammeId programme,
            Rupiah amountPerPerson,
            Rupiah budget,
            String fundingSource,
            Rupiah committed,
            long version) {
        this.id = Checks.required(id, "schemeId");
        this.programme = Checks.required(programme, "programme");
        this.amountPerPerson = Checks.required(amountPerPerson, "amountPerPerson");
        this.budget = Checks.required(budget, "budget");
        this.fundingSource = Checks.requiredText(fundingSource, "fundingSource", TextLimit.NAME);
        this.committed = Checks.required(committed, "committed");
        if (amountPerPerson.isZero()) {
            throw GrantError.SCHEME_AMOUNT.invalid();
        }
        if (budget.compareTo(amountPerPerson) < 0) {
            throw GrantError.SCHEME_BUDGET.violation(budget, "one award of " + amountPerPerson, committed);
        }
        if (committed.isGreaterThan(budget)) {
            throw GrantError.SCHEME_BUDGET.violation(budget, "the awards", committed);
        }
        this.version = version;
    }

    /**
     * Commits one more award.
     *
     * @return the scheme with one more amount committed
     * @throws RuleViolationException {@code scheme.budget} when the award would exceed the budget
     */
    public GrantScheme commitOne() {
        Rupiah after = committed.plus(amountPerPerson);
        if (after.isGreaterThan(budget)) {
            throw GrantError.SCHEME_BUDGET.violation(budget, "another award of " + amountPerPerson, committed);
        }
        return with(after, version);
    }

    /**
     * What is left of the budget.
     *
     * @return budget minus committed
     */
    public Rupiah remaining() {
        return budget.minus(committed);
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public SchemeId id() {
        return id;
    }

    /**
     * The programme whose participants the scheme serves.
     *
     * @return the programme
     */
    public ProgrammeId programme() {
        return programme;
    }

    /**
     * The amount each participant receives.
     *
     * @return the amount, more than zero
     */
    public Rupiah amountPerPerson() {
        return amountPerPerson;
    }

    /**
     * The budget ceiling.
     *
     * @return the budget, at least one amount
     */
    public Rupiah budget() {
        return budget;
    }

    /**
     * Where the money comes from.
     *
     * @return for example {@code APBN Kemensos 2019}
     */
    public String fundingSource() {
        return fundingSource;
    }

    /**
     * The sum of the awards made so far.
     *
     * @return the sum, at most the budget
     */
    public Rupiah committed() {
        return committed;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public GrantScheme withVersion(long newVersion) {
        return with(committed, newVersion);
    }

    /** The one copy-on-change: only the committed sum and the version change. */
    private GrantScheme with(Rupiah newCommitted, long newVersion) {
        return new GrantScheme(id, programme, amountPerPerson, budget, fundingSource, newCommitted, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GrantScheme other)) {
            return false;
        }
        return id.equals(other.id)
                && version == other.version
                && programme.equals(other.programme)
                && amountPerPerson.equals(other.amountPerPerson)
                && budget.equals(other.budget)
                && fundingSource.equals(other.fundingSource)
                && committed.equals(other.committed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Shows the id, the programme, the amounts and the version. */
    @Override
    public String toString() {
        return "GrantScheme[" + id + ", " + programme + ", " + amountPerPerson + " each, " + committed + " of " + budget
                + ", v" + version + "]";
    }
}
