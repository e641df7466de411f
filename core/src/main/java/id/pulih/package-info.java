/**
 * Pulih: case management for Indonesian migrant citizens returned as victims of trafficking (WNI-M KPO).
 *
 * <p>Start with {@link id.pulih.Pulih}: {@code Pulih.inMemory().as(actor)} gives a {@link id.pulih.Desk}, the
 * services as one officer sees them. Each service is an interface here; its records, values, rules and repository
 * port live in one aggregate package:
 *
 * <table>
 * <caption>Services and the packages of their records</caption>
 * <tr><th>service ({@code desk.…()})</th><th>what it does</th><th>aggregate package</th></tr>
 * <tr><td>{@link id.pulih.Cases} ({@code cases()})</td><td>intake, assessments, consents, duplicates, case
 *     status</td><td>{@link id.pulih.beneficiary}</td></tr>
 * <tr><td>{@link id.pulih.ShelterCare} ({@code shelters()})</td><td>shelters, admissions, services, transfers,
 *     discharges</td><td>{@link id.pulih.shelter}</td></tr>
 * <tr><td>{@link id.pulih.Returns} ({@code returns()})</td><td>repatriation to the area of origin and
 *     handover</td><td>{@link id.pulih.repatriation}</td></tr>
 * <tr><td>{@link id.pulih.Guidance} ({@code guidance()})</td><td>social guidance programmes, enrolment,
 *     attendance</td><td>{@link id.pulih.guidance}</td></tr>
 * <tr><td>{@link id.pulih.Grants} ({@code grants()})</td><td>stimulus grant schemes, awards, payment batches, bank
 *     results, proposals</td><td>{@link id.pulih.grant}</td></tr>
 * <tr><td>{@link id.pulih.Reintegration} ({@code reintegration()})</td><td>reintegration plans, referrals,
 *     follow-up visits and risk</td><td>{@link id.pulih.reintegration}</td></tr>
 * <tr><td>{@link id.pulih.Reports} ({@code reports()})</td><td>counts and sums within the actor's
 *     jurisdiction</td><td>{@link id.pulih.report}</td></tr>
 * <tr><td>{@link id.pulih.Oversight} ({@code oversight()})</td><td>break-the-glass access grants and their renewal,
 *     resolving the references of {@code case.elsewhere} refusals, audit trail, access log</td><td>{@link id.pulih.access}, {@link id.pulih.audit}</td></tr>
 * <tr><td>{@link id.pulih.Privacy} ({@code privacy()})</td><td>the person's rights over their data: the whole
 *     record for access and portability</td><td>{@link id.pulih.privacy}</td></tr>
 * </table>
 *
 * <p>Values and the exception root are in {@link id.pulih.shared}. Store implementers use the SPI in
 * {@link id.pulih.store}. Everything under {@code id.pulih.internal} is not API.
 */
package id.pulih;
