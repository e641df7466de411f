/** Returns (pemulangan) from a shelter to the area of origin, and their handover to the Dinas Sosial there. */
package id.pulih.repatriation;
