package id.pulih.grant;

import id.pulih.internal.util.Checks;
import id.pulih.shared.ProgrammeId;
import id.pulih.shared.RuleViolationException;
import id.pulih.shared.Rupiah;
import id.pulih.shared.SchemeId;
import id.pulih.shared.Versioned;

/**
 * A business stimulus grant scheme (bantuan stimulan usaha) attached to a programme: a fixed amount per participant
 * (Rp 960.000 in Lombok, Rp 900.000 in Kupang in 2019), paid into the participant's own bank account, within a budget
 * ceiling. {@link #commitOne()} is the one place the budget rule lives: the sum of awards never exceeds the budget.
 *
 * @param id the identifier
 * @param programme the programme whose participants it serves
 * @param amountPerPerson the amount each participant receives, more than zero
 * @param budget the ceiling, at least one amount
 * @param fundingSource for example {@code APBN Kemensos 2019}
 * @param committed the sum of the awards made so far, at most the budget
 * @param version the stored version
 */
public record GrantScheme(
        SchemeId id,
        ProgrammeId programme,
        Rupiah amountPerPerson,
        Rupiah budget,
        String fundingSource,
        Rupiah committed,
        long version)
        implements Versioned<GrantScheme> {

    /**
     * Checks the invariants.
     *
     * @param id the id
     * @param programme the programme
     * @param amountPerPerson the amount per person
     * @param budget the budget
     * @param fundingSource the funding source
     * @param committed the committed sum
     * @param version the version
     */
    public GrantScheme {
        Checks.required(id, "schemeId");
        Checks.required(programme, "programme");
        Checks.required(amountPerPerson, "amountPerPerson");
        Checks.required(budget, "budget");
        fundingSource = Checks.requiredText(fundingSource, "fundingSource");
        Checks.required(committed, "committed");
        if (amountPerPerson.isZero()) {
            throw GrantError.SCHEME_AMOUNT.invalid();
        }
        if (budget.compareTo(amountPerPerson) < 0) {
            throw GrantError.SCHEME_BUDGET.violation(budget, "one award of " + amountPerPerson, committed);
        }
        if (committed.isGreaterThan(budget)) {
            throw GrantError.SCHEME_BUDGET.violation(budget, "the awards", committed);
        }
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
        return new GrantScheme(id, programme, amountPerPerson, budget, fundingSource, after, version);
    }

    /**
     * What is left of the budget.
     *
     * @return budget minus committed
     */
    public Rupiah remaining() {
        return budget.minus(committed);
    }

    @Override
    public GrantScheme withVersion(long newVersion) {
        return new GrantScheme(id, programme, amountPerPerson, budget, fundingSource, committed, newVersion);
    }
}
