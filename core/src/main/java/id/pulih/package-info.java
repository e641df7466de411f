/**
 * Pulih: case management for Indonesian migrant citizens returned as victims of trafficking (WNI-M KPO).
 *
 * <p>Start with {@link id.pulih.Pulih}: {@code Pulih.inMemory().as(actor)} gives a {@link id.pulih.Desk} with the
 * services {@link id.pulih.Cases}, {@link id.pulih.ShelterCare}, {@link id.pulih.Returns},
 * {@link id.pulih.Reintegration} and
 * {@link id.pulih.Oversight}.
 */
package id.pulih;
