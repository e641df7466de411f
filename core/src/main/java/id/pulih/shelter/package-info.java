/**
 * Shelters (RPTC, balai, sentra, repatriation posts, LKS shelters) and stays in them: admission within capacity, one
 * open stay per person, services during the stay, transfer and discharge.
 */
package id.pulih.shelter;
