/**
 * Reintegration (step 6 of a case): a plan of services classified by the ATENSI components until the person is
 * self-reliant, referrals of services to partner organisations, and follow-up visits that watch the risk factors so
 * that nobody is trafficked again.
 *
 * <p>The aggregates are {@link id.pulih.reintegration.ReintegrationPlan} (one active plan per case) and
 * {@link id.pulih.reintegration.FollowUp}; the risk of re-trafficking is scored by the named
 * {@link id.pulih.reintegration.RetraffickingRiskPolicy}.
 */
package id.pulih.reintegration;
